// redac serve: small progressive scripts for the pages (no build step, no third-party code).
"use strict";

const csrf = () => document.querySelector('meta[name="csrf-token"]').content;

async function post(url, body) {
  const headers = { "X-CSRF-Token": csrf() };
  if (!(body instanceof FormData)) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method: "POST", headers, credentials: "same-origin",
    body: body instanceof FormData ? body : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({ error: "Réponse illisible du serveur." }));
  if (!response.ok && !data.error) data.error = `Erreur ${response.status}`;
  return data;
}

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function setText(id, text) {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}

// ---- Nouveau -------------------------------------------------------------------------------------
function initNew() {
  const form = document.getElementById("new-form");
  const text = document.getElementById("text");
  const file = document.getElementById("file");
  const drop = document.getElementById("drop");
  const write = document.getElementById("write");
  const cancel = document.getElementById("cancel");
  let job = null;

  fetch("/api/doctor", { credentials: "same-origin" }).then(r => r.json()).then(d => {
    const llm = document.getElementById("engine-llm");
    if (!d.configured) llm.disabled = true;
    setText("doctor", "État du modèle : " + (d.configured ? `${d.model} — ${d.status}` : d.status));
  }).catch(() => setText("doctor", "État du modèle : inconnu"));

  const readBrief = debounce(async () => {
    const data = new FormData();
    if (file.files.length) data.append("file", file.files[0]); else data.append("text", text.value);
    const answer = await post("/api/brief", data);
    if (answer.error) { setText("source-summary", answer.error); return; }
    if (!answer.brief) { setText("source-summary", ""); return; }
    const b = answer.brief;
    if (b.min_words) document.getElementById("min_words").value = b.min_words;
    if (b.language) document.getElementById("language").value = b.language;
    if (b.instructions.length) document.getElementById("subheadings").checked = b.subheadings;
    const parts = [`${answer.paragraphs} paragraphe(s) gardé(s)`, `${answer.removed} ligne(s) de bruit retirée(s)`];
    if (answer.title) parts.unshift(`Titre : « ${answer.title} »`);
    if (b.instructions.length) parts.push(`consigne lue : « ${b.instructions.join(" ")} »`);
    setText("source-summary", parts.join(" · "));
  }, 300);

  text.addEventListener("input", readBrief);
  file.addEventListener("change", readBrief);
  ["dragenter", "dragover"].forEach(type => drop.addEventListener(type, e => { e.preventDefault(); drop.classList.add("over"); }));
  ["dragleave", "drop"].forEach(type => drop.addEventListener(type, () => drop.classList.remove("over")));
  drop.addEventListener("drop", e => {
    e.preventDefault();
    if (e.dataTransfer.files.length) { file.files = e.dataTransfer.files; readBrief(); }
  });

  function showStages(stages) {
    const list = document.getElementById("stages");
    list.replaceChildren(...stages.map(stage => {
      const item = document.createElement("li");
      item.className = stage.state;
      const label = { done: "terminé", running: "en cours…", waiting: "en attente" }[stage.state];
      item.textContent = `${stage.name} : ${label}`;
      return item;
    }));
  }

  function finish(message) {
    write.disabled = false; cancel.hidden = true; job = null;
    setText("error", message || "");
  }

  async function poll(version) {
    if (!job) return;
    const response = await fetch(`/api/jobs/${job}?after=${version}`, { credentials: "same-origin" });
    const state = await response.json();
    if (state.error && !state.state) return finish(state.error);
    if (state.stages) showStages(state.stages);
    if (state.state === "done") { window.location.assign(state.article); return; }
    if (state.state === "failed") return finish(state.error);
    if (state.state === "cancelled") return finish("Rédaction annulée.");
    poll(state.version);  // answered as soon as the job moves on
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    setText("error", "");
    const data = new FormData(form);
    if (!file.files.length) data.delete("file");
    write.disabled = true;
    document.getElementById("progress").hidden = false;
    const answer = await post("/api/jobs", data);
    if (answer.error) return finish(answer.error);
    job = answer.id; cancel.hidden = false;
    showStages(answer.stages);
    poll(answer.version);
  });

  cancel.addEventListener("click", async () => {
    if (job) await post(`/api/jobs/${job}/cancel`, {});
  });
}

// ---- Article ---------------------------------------------------------------------------------------
const STATE_TEXT = { green: "vert", orange: "orange", red: "rouge", off: "sans objet" };

function initArticle() {
  const root = document.querySelector(".article");
  const url = root.dataset.check;
  const fields = ["title", "description", "slug", "keyphrase", "body"].map(id => document.getElementById(id));
  let sequence = 0;

  function render(view) {
    for (const light of view.lights) {
      const node = document.getElementById(`light-${light.id}`);
      node.className = `light ${light.state}`;
      node.dataset.state = light.state;
      node.querySelector(".state-text").textContent = STATE_TEXT[light.state];
      const message = node.querySelector(".message");
      message.textContent = light.message;
      message.title = light.message;
    }
    setText("words", view.words);
    document.getElementById("preview").innerHTML = view.preview;  // built and escaped by the server
    setText("serp-url", view.serp.url);
    setText("serp-title", view.serp.title);
    setText("serp-description", view.serp.description);
    setText("serp-measure", `Titre : ${view.serp.title_px} px / ${view.serp.title_max_px} px · description : ${view.serp.description_chars} / ${view.serp.description_max} caractères`);
    const others = document.getElementById("others");
    others.replaceChildren(...view.others.map(o => {
      const li = document.createElement("li");
      li.className = o.passed ? "ok" : "ko";
      li.textContent = `${o.name} : ${o.message}`;
      return li;
    }));
    const box = document.getElementById("unsupported");
    box.replaceChildren();
    if (view.unsupported.length) {
      const h = document.createElement("h3");
      h.textContent = "Faits non étayés par la source";
      const ul = document.createElement("ul");
      for (const u of view.unsupported) {
        const li = document.createElement("li");
        const mark = document.createElement("mark");
        mark.textContent = u.text;
        li.append(mark, ` (${u.where}) : ${u.reason}. La source dit : ${u.source}`);
        ul.append(li);
      }
      box.append(h, ul);
    }
  }

  const check = debounce(async () => {
    const mine = ++sequence;
    setText("saved", "vérification…");
    const edit = Object.fromEntries(fields.map(f => [f.id, f.value]));
    const view = await post(url, edit);
    if (mine !== sequence) return;  // a newer edit is on its way
    if (view.error) { setText("saved", view.error); return; }
    render(view);
    setText("saved", "enregistré");
  }, 150);

  fields.forEach(f => f.addEventListener("input", check));
  const description = document.getElementById("description");
  description.addEventListener("input", () => setText("description-count", description.value.length));
  document.querySelectorAll('input[name="title-choice"]').forEach(radio => radio.addEventListener("change", () => {
    document.getElementById("title").value = radio.value;
    check();
  }));

  const preview = document.getElementById("preview");
  function light(ids, on) {
    for (const id of ids) {
      const node = document.getElementById(`s${id}`);
      if (node) node.classList.toggle("lit", on);
    }
  }
  let lit = [];
  preview.addEventListener("mouseover", e => {
    const block = e.target.closest("[data-sources]");
    const ids = block ? block.dataset.sources.split(" ") : [];
    light(lit, false); light(ids, true); lit = ids;
    if (ids.length) {
      const first = document.getElementById(`s${ids[0]}`);
      if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  });
  preview.addEventListener("mouseleave", () => { light(lit, false); lit = []; });
}

// ---- Export ----------------------------------------------------------------------------------------
function initExport() {
  document.querySelectorAll("button[data-copy]").forEach(button => button.addEventListener("click", async () => {
    const area = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(area.value);
      setText("copied", "Copié dans le presse-papiers.");
    } catch {
      area.select();
      setText("copied", "Texte sélectionné : copiez-le avec Ctrl+C.");
    }
  }));
}

const pages = { nouveau: initNew, article: initArticle, export: initExport };
document.addEventListener("DOMContentLoaded", () => {
  const init = pages[document.body.dataset.page];
  if (init) init();
});

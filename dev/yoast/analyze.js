// Runs Yoast's own French analysis (yoastseo 3.x) over JSONL papers on stdin.
// Dev-only: used by dev/compare_yoast.py and bench/audit.py; never imported by redac.
"use strict";
const readline = require("readline");
const { Paper, SeoAssessor, ContentAssessor } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher").default;
const { scoreToRating } = require("yoastseo/build/scoring/interpreters");

function analyze(item) {
  const paper = new Paper(item.html, {
    keyword: item.keyphrase || "",
    description: item.description || "",
    title: item.title || "",
    titleWidth: item.title_width || 0,
    slug: item.slug || "",
    locale: "fr_FR",
    permalink: item.permalink || "",
  });
  const researcher = new Researcher(paper);
  const seo = new SeoAssessor(researcher);
  seo.assess(paper);
  const readability = new ContentAssessor(researcher);
  readability.assess(paper);
  readability.getScoreAggregator().setLocale("fr_FR");
  const view = (r) => ({ id: r.getIdentifier(), score: r.getScore(), rating: scoreToRating(r.getScore()), text: r.getText() });
  const out = {
    id: item.id,
    seo: seo.getValidResults().map(view),
    seo_score: seo.getScoreAggregator().aggregate(seo.getValidResults()),
    readability: readability.getValidResults().map(view),
    readability_score: readability.getScoreAggregator().aggregate(readability.results),
  };
  if (!item.skip_research) {
    const flesch = researcher.getResearch("getFleschReadingScore");
    out.flesch = flesch.score;
    out.words = researcher.getResearch("wordCountInText").count;
  }
  return out;
}

async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const repeat = Number(process.env.YOAST_REPEAT || 1);
  const items = [];
  for await (const line of rl) if (line.trim()) items.push(JSON.parse(line));
  const start = process.hrtime.bigint();
  let results = [];
  for (let i = 0; i < repeat; i++) results = items.map(analyze);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  for (const r of results) process.stdout.write(JSON.stringify(r) + "\n");
  process.stderr.write(JSON.stringify({ seconds, articles: items.length * repeat }) + "\n");
}
main();

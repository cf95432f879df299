// Dev-only diagnostic: the sentences behind Yoast's French readability results, for JSONL papers on
// stdin (items as dev/compare_yoast.py makes them). Prints, per paper, the sentence count, the long
// sentences' share and the transition share; V=1 every sentence with its length, T=1 the transition
// words found, P=1 the sentences read as passive.
"use strict";
const readline = require("readline");
const { Paper, ContentAssessor } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher").default;

const text = (sentence) => (sentence.text || sentence).slice(0, 200);

async function main() {
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    const paper = new Paper(item.html, { keyword: item.keyphrase || "", locale: "fr_FR" });
    const researcher = new Researcher(paper);
    new ContentAssessor(researcher).assess(paper); // builds the tree the researches read
    const lengths = researcher.getResearch("countSentencesFromText");
    const transitions = researcher.getResearch("findTransitionWords");
    const passive = researcher.getResearch("getPassiveVoiceResult");
    const long = lengths.filter((s) => s.sentenceLength > 20);
    const share = (part, whole) => (100 * part / whole).toFixed(1);
    console.log(`== ${item.id}: ${lengths.length} sentences, long ${long.length} (${share(long.length, lengths.length)}%), ` +
      `transition ${transitions.transitionWordSentences}/${transitions.totalSentences} ` +
      `(${share(transitions.transitionWordSentences, transitions.totalSentences)}%), passive ${passive.passives.length}/${passive.total}`);
    if (process.env.V) for (const s of lengths) console.log(`${String(s.sentenceLength).padStart(3)} ${s.sentenceLength > 20 ? "L" : " "} ${text(s.sentence)}`);
    if (process.env.T) for (const s of transitions.sentenceResults) console.log(`T ${JSON.stringify(s.transitionWords)} ${text(s.sentence)}`);
    if (process.env.P) for (const s of passive.passives) console.log(`P ${text(s)}`);
  }
}
main();

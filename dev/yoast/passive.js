// Dev-only diagnostic: the sentences Yoast's French research reads as passive (JSONL papers on stdin).
"use strict";
const readline = require("readline");
const { Paper, ContentAssessor } = require("yoastseo");
const Researcher = require("yoastseo/build/languageProcessing/languages/fr/Researcher").default;
async function main() {
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const item = JSON.parse(line);
    const paper = new Paper(item.html, { keyword: item.keyphrase || "", locale: "fr_FR" });
    const researcher = new Researcher(paper);
    new ContentAssessor(researcher).assess(paper);
    const passive = researcher.getResearch("getPassiveVoiceResult");
    console.log(`== ${item.id}: ${passive.passives.length}/${passive.total} passive`);
    for (const sentence of passive.passives) console.log(`P ${(sentence.text || sentence).slice(0, 200)}`);
  }
}
main();

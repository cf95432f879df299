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
    const r = new Researcher(paper);
    new ContentAssessor(r).assess(paper);
    const lens = r.getResearch("countSentencesFromText");
    const tw = r.getResearch("findTransitionWords");
    const long = lens.filter(s => s.sentenceLength > 20);
    const twSet = new Set(tw.sentenceResults.map(s => s.sentence.text || s.sentence));
    console.log(`== ${item.id}: ${lens.length} sentences, long ${long.length} (${(100*long.length/lens.length).toFixed(1)}%), transition ${tw.transitionWordSentences}/${tw.totalSentences} (${(100*tw.transitionWordSentences/tw.totalSentences).toFixed(1)}%)`);
    if (process.env.V) for (const s of lens) console.log(`${String(s.sentenceLength).padStart(3)} ${s.sentenceLength>20?'L':' '} ${(s.sentence.text||s.sentence).slice(0,150)}`);
    if (process.env.T) for (const s of tw.sentenceResults) console.log(`T ${JSON.stringify(s.transitionWords)} ${(s.sentence.text||s.sentence).slice(0,100)}`);
  }
}
main();

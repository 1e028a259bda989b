// Do the tools flag the same files? Compares the files with an SM1xx (schema) finding from
// sagelint against the files ajv-cli reports invalid and the files Spectral reports, and explains
// each difference by the defect the generator planted (corpus/manifest.tsv).
//
// node bench/agreement.js MANIFEST SAGELINT_JSON SAGELINT_SM1_JSON AJV_OUT SPECTRAL_OUT...
// Prints Markdown. Run by bench/compare.sh.
"use strict";
const fs = require("fs");
const path = require("path");

const [manifestFile, sagelintFile, sagelintSm1File, ajvFile, ...spectralFiles] = process.argv.slice(2);
const read = (f) => (f && fs.existsSync(f) ? fs.readFileSync(f, "utf8") : null);

const manifest = new Map();
for (const line of read(manifestFile).trim().split("\n").slice(1)) {
  const [file, kind, format, size, defect, schemaDefect] = line.split("\t");
  manifest.set("corpus/" + file, { kind, format, size, defect, schemaDefect: schemaDefect === "true" });
}
const corpusRoot = path.resolve(path.dirname(manifestFile));
const key = (f) => "corpus/" + path.relative(corpusRoot, path.resolve(f)).split(path.sep).join("/");

function sagelintSm1(file) {
  const text = read(file);
  if (text === null) return null;
  return new Set(JSON.parse(text).findings.filter((f) => f.rule.startsWith("SM1")).map((f) => key(f.file)));
}

const ajvText = read(ajvFile);
const ajv = ajvText === null ? null : new Set(
  ajvText.split("\n").map((l) => /^(\S+) invalid$/.exec(l)).filter(Boolean).map((m) => key(m[1])));

let spectral = null;
let spectralNoUnicode = null;
const spectralTexts = spectralFiles.map(read).filter((t) => t !== null);
if (spectralTexts.length === spectralFiles.length && spectralTexts.length > 0) {
  spectral = new Set();
  spectralNoUnicode = new Set();
  for (const t of spectralTexts) {
    for (const r of JSON.parse(t)) {
      spectral.add(key(r.source));
      // Spectral compiles patterns without the u flag, so \p{L} means "p{L}" to it.
      if (!r.message.includes("\\p{")) spectralNoUnicode.add(key(r.source));
    }
  }
}

const sagelint = sagelintSm1(sagelintFile);
const sagelintOnlySchema = sagelintSm1(sagelintSm1File);
const planted = new Set([...manifest].filter(([, m]) => m.schemaDefect).map(([f]) => f));

function byDefect(files) {
  const counts = {};
  for (const f of files) {
    const d = manifest.get(f)?.defect ?? "?";
    const label = d === "-" ? "clean" : d;
    counts[label] = (counts[label] || 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${n}`).join(", ") || "none";
}

const rows = [
  ["planted schema defects (manifest)", planted],
  ["sagelint --select SM1", sagelintOnlySchema],
  ["ajv-cli (invalid)", ajv],
  ["Spectral (any finding)", spectral],
  ["Spectral, ignoring findings on \\p{...} patterns", spectralNoUnicode],
];
const out = [];
out.push(`Agreement: files with an SM1xx finding in sagelint's default run (${sagelint.size} files) against each other list.`);
out.push("");
out.push("| list | files | also sagelint SM1xx | only this list (by planted defect) | only sagelint (by planted defect) |");
out.push("|---|---|---|---|---|");
for (const [name, set] of rows) {
  if (set === null) {
    out.push(`| ${name} | not run | | | |`);
    continue;
  }
  const both = [...set].filter((f) => sagelint.has(f));
  const onlyThis = [...set].filter((f) => !sagelint.has(f));
  const onlySagelint = [...sagelint].filter((f) => !set.has(f));
  out.push(`| ${name} | ${set.size} | ${both.length} | ${onlyThis.length}: ${byDefect(onlyThis)} | ${onlySagelint.length}: ${byDefect(onlySagelint)} |`);
}
console.log(out.join("\n"));

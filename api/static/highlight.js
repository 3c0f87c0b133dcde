// Which words of a search to highlight in a note passage, and where. No dependencies; the browser tests
// call Highlight.terms / Highlight.ranges directly on many cases.
"use strict";

const Highlight = (() => {
  // Short skill names a recruiter types, in their usual spelling. They are matched as whole words and
  // case-sensitively: "Go" lights up in "strong on Go" but not in "ready to go", "R" not in "R&D".
  const SHORT = new Map(["Go", "R", "C", "C++", "C#", "F#", ".NET", "AI", "ML", "UX", "UI", "QA", "BI", "JS", "TS",
    "iOS", "AWS", "GCP", "SQL", "CSS", "PHP", "SRE", "ETL", "NLP", "K8s", "ICU", "RN", "ACLS", "CPA", "HR"]
    .map((s) => [s.toLowerCase(), s]));
  const STOP = new Set(("a an and or the for with who has have that this from our are you your will into able role " +
    "of to in on at by as is be we us it its not but can per via any all new plus etc").split(" "));
  // Title words that appear in nearly every note of a team's memory: highlighting them marks every
  // passage and tells the reader nothing, so they are left plain unless typed as a must-have.
  const GENERIC = new Set(("engineer engineers engineering developer developers senior junior mid lead principal staff " +
    "manager specialist associate experience experienced strong team work years year candidate interview " +
    "position job opening hiring looking").split(" "));
  const ESCAPE = /[.*+?^${}()|[\]\\]/g;

  // A term: its text and whether case matters. Tokens keep +, # and a leading dot (C++, C#, .NET).
  function terms(query, mustHaves = []) {
    const found = new Map();
    const add = (text, cs) => { const key = (cs ? "=" : "~") + (cs ? text : text.toLowerCase()); if (!found.has(key)) found.set(key, { text, cs }); };
    const must = new Set(mustHaves.map((m) => m.trim().toLowerCase()).filter(Boolean));
    const tokens = (query + " " + mustHaves.join(" ")).split(/[\s,;/()|"'“”!?:]+/);
    for (let token of tokens) {
      token = token.replace(/\.+$/, "");  // "Kafka." at a sentence's end
      if (!token) continue;
      const lower = token.toLowerCase();
      if (SHORT.has(lower)) { add(SHORT.get(lower), true); continue; }
      if (STOP.has(lower)) continue;
      const letters = token.replace(/[^A-Za-z]/g, "");
      if (letters.length >= 2 && letters === letters.toUpperCase() && token.length <= 6) { add(token, true); continue; }  // an acronym: HIPAA, SOX
      if (token.length < 3) continue;
      if (GENERIC.has(lower) && !must.has(lower)) continue;
      add(token, false);
    }
    return [...found.values()];
  }

  // Non-overlapping [start, end) ranges of `text` that match `words` (from `terms`), in order.
  function ranges(text, words) {
    const hits = [];
    for (const w of words) {
      const body = w.text.replace(ESCAPE, "\\$&");
      // Whole words only. Case-insensitive terms may take a plural or verb ending (Kafka's, pipelines);
      // short case-sensitive ones may not run into a following letter, "&" or "-" (R&D, C-level, Go-to).
      const source = w.cs
        ? `(?<![A-Za-z0-9_.+#])${body}(?![A-Za-z0-9_+#&-])`
        : `(?<![A-Za-z0-9_])${body}(?:s|es|ed|ing)?(?![A-Za-z0-9_+#])`;
      for (const m of text.matchAll(new RegExp(source, w.cs ? "g" : "gi"))) hits.push([m.index, m.index + m[0].length]);
    }
    hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const out = [];
    for (const h of hits) if (!out.length || h[0] >= out[out.length - 1][1]) out.push(h);
    return out;
  }

  return { terms, ranges };
})();

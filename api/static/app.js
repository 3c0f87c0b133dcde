// talentrecall search page: one form, the ranked shortlist, a candidate detail view. No dependencies.
"use strict";

const $ = (id) => document.getElementById(id);
const STOP = new Set("and the for with who has have that this from our are you your will into able role".split(" "));

function headers() {
  const h = { "content-type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) h["authorization"] = "Bearer " + key;
  return h;
}

async function call(path, options = {}) {
  const response = await fetch(path, { ...options, headers: headers() });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  return node;
}

function terms(text) {
  return [...new Set(text.toLowerCase().match(/[a-z0-9+#.]{3,}/g) || [])].filter((t) => !STOP.has(t));
}

function highlighted(text, words) {
  const out = el("span");
  if (!words.length) { out.textContent = text; return out; }
  const pattern = new RegExp("(" + words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|") + ")", "gi");
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.append(text.slice(last, m.index), el("mark", {}, m[0]));
    last = m.index + m[0].length;
  }
  out.append(text.slice(last));
  return out;
}

function bars(attributions) {
  const entries = Object.entries(attributions).filter(([, v]) => Math.abs(v) >= 0.0005).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const scale = Math.max(...entries.map(([, v]) => Math.abs(v)), 1e-9);
  return el("div", { class: "bars", "aria-label": "Why this score" },
    entries.map(([name, v]) => el("div", { class: "bar", title: `${name}: ${v >= 0 ? "+" : ""}${v.toFixed(3)}` },
      el("span", {}, name.replaceAll("_", " ")),
      el("span", { class: "neg", style: `width:${v < 0 ? (100 * -v / scale).toFixed(0) : 0}%` }),
      el("span", { class: "pos", style: `width:${v > 0 ? (100 * v / scale).toFixed(0) : 0}%` }),
      el("span", { class: "val" }, (v >= 0 ? "+" : "") + v.toFixed(3)))));
}

function card(result, words) {
  const evidence = result.evidence.slice(0, 2).map((e) => el("blockquote", {},
    highlighted(e.text, words), el("div", { class: "meta" }, `${e.stage || "note"} · ${e.author || "unknown author"} · ${(e.written_at || "").slice(0, 10)} · similarity ${e.similarity.toFixed(2)}`)));
  const open = el("button", { class: "link", type: "button", onclick: () => showCandidate(result.candidate_id, words) }, result.candidate_id);
  return el("li", { class: "card", "data-candidate": result.candidate_id },
    el("div", {},
      el("h3", {}, `#${result.rank} `, open, " — ", result.headline || "(no headline)"),
      el("div", { class: "meta" }, `${(result.source || "").replace("_", " ")} · ${result.role_family || "no role family"} · stage reached: ${result.stage_reached || "none"} · last contact ${(result.last_verified_at || "never").slice(0, 10)}`),
      el("div", { class: "skills" },
        result.skills.matched.map((s) => el("span", { class: "ok" }, "✓ " + s)),
        result.skills.missing.map((s) => el("span", { class: "no" }, "✗ " + s))),
      evidence),
    el("div", {},
      el("div", { class: "score" }, result.score.toFixed(3)),
      el("div", { class: "meta" }, `typical candidate ${result.base_value.toFixed(3)}`),
      bars(result.attributions)));
}

async function search(event) {
  event.preventDefault();
  const text = $("query").value.trim();
  const lines = text.split("\n");
  const requisition = { title: lines[0].slice(0, 200), description: lines.slice(1).join("\n"),
    must_have_skills: $("must").value.split(",").map((s) => s.trim()).filter(Boolean) };
  const filters = {};
  if ($("role-family").value.trim()) filters.role_families = [$("role-family").value.trim()];
  if ($("source").value) filters.sources = [$("source").value];
  if ($("location").value.trim()) filters.locations = [$("location").value.trim()];
  if ($("seniority").value) filters.seniorities = [$("seniority").value];
  if ($("segment").value) filters.segment = $("segment").value;
  const includeWithout = $("needs-consent").checked;
  $("status").textContent = "Searching…";
  $("results").replaceChildren(); $("warnings").replaceChildren(); $("detail").hidden = true;
  $("needs-consent-results").replaceChildren(); $("consent-section").hidden = true;
  try {
    const body = await call("/v1/match", { method: "POST", body: JSON.stringify({ requisition, filters, limit: 10, audit: true, include_without_consent: includeWithout }) });
    const words = terms(text + " " + requisition.must_have_skills.join(" "));
    $("results").replaceChildren(...body.results.map((r) => card(r, words)));
    const asking = (body.needs_consent || []).map((r) => { const c = card(r, words); c.querySelector("h3").append(el("span", { class: "badge" }, "needs consent")); return c; });
    $("needs-consent-results").replaceChildren(...asking);
    $("consent-section").hidden = asking.length === 0;
    $("warnings").replaceChildren(...(body.audit ? body.audit.warnings : []).map((w) => el("p", { class: "warning" }, w)));
    const apart = asking.length ? `, ${asking.length} more who need consent listed apart` : "";
    $("status").textContent = `${body.results.length} with valid consent shown of ${body.considered} considered${apart}, ${Math.round(body.took_ms)} ms.`;
    const first = document.querySelector("#results .link");
    if (first) first.focus();
  } catch (error) {
    $("status").textContent = "Search failed: " + error.message;
  }
}

async function showCandidate(id, words = []) {
  try {
    const view = await call(`/v1/candidates/${encodeURIComponent(id)}`);
    const c = view.candidate;
    const consent = c.consent.status === "granted" ? el("span", { class: "consent-granted" }, `consent granted (${c.consent.basis || "basis not recorded"}) until ${(c.consent.expires_at || "no expiry").slice(0, 10)}`)
      : c.consent.status === "withdrawn" ? el("span", { class: "consent-missing" }, "opted out: do not contact")
      : el("span", { class: "consent-missing" }, `consent ${c.consent.status}: ask for consent before any outreach`);
    $("detail-title").textContent = `${c.headline || c.candidate_id}`;
    $("detail-body").replaceChildren(
      el("p", { class: "meta" }, `${c.candidate_id} · ${c.location || "location unknown"} · ${c.seniority || ""} · source ${c.source} · last verified ${(c.last_verified_at || "never").slice(0, 10)}`),
      el("p", {}, consent),
      el("p", {}, c.summary || ""),
      el("div", { class: "skills" }, c.skills.map((s) => el("span", { class: "ok" }, s))),
      el("h3", {}, `Interview notes (${view.notes.length})`),
      ...view.notes.map((n) => el("blockquote", {}, highlighted(n.text, words), el("div", { class: "meta" }, `${n.stage} · ${n.author || "?"} · ${(n.written_at || "").slice(0, 10)}`))),
      el("h3", {}, `Touchpoints (${view.touchpoints.length})`),
      el("ul", {}, view.touchpoints.map((t) => el("li", {}, `${(t.at || "").slice(0, 10)} · ${t.kind} (${t.direction}) · ${t.outcome.replace("_", " ")}`))),
      el("h3", {}, `Evaluation signals (${view.signals.length})`),
      el("ul", {}, view.signals.map((s) => el("li", {}, `${s.dimension}: ${s.value} on ${s.scale_min}–${s.scale_max} by ${s.evaluator || "?"} (${s.stage || "?"}, ${(s.observed_at || "").slice(0, 10)})`))));
    $("detail").hidden = false;
    $("detail").focus();
    $("detail").scrollIntoView({ block: "start" });
  } catch (error) {
    $("status").textContent = "Could not open the candidate: " + error.message;
  }
}

async function loadSegments() {
  try {
    const segments = await call("/v1/segments");
    $("segment").append(...segments.map((s) => el("option", { value: s.segment.name }, `${s.segment.name} (${s.with_valid_consent})`)));
  } catch (error) { /* no key yet, or no segments: the filter stays "any" */ }
}

$("search").addEventListener("submit", search);
loadSegments();
$("close-detail").addEventListener("click", () => { $("detail").hidden = true; const first = document.querySelector("#results .link"); if (first) first.focus(); });
$("api-key").value = sessionStorage.getItem("talentrecall-key") || "";
$("api-key").addEventListener("change", () => sessionStorage.setItem("talentrecall-key", $("api-key").value));
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("search").requestSubmit(); });

// talentrecall search page: one form, the ranked shortlist, a candidate detail view. No dependencies.
"use strict";

const $ = (id) => document.getElementById(id);
const PAGE = 10;       // results per "Show more"
const MAX_LIMIT = 200; // the match route's own limit
const ACTIONS = ["contacted", "advanced", "rejected", "hired"];
const state = { request: null, limit: PAGE, response: null, words: [], role: null };

function headers() {
  const h = { "content-type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) h["authorization"] = "Bearer " + key;
  return h;
}

class Problem extends Error {
  constructor(status, body) { super(friendly(status, body)); this.status = status; }
}

async function call(path, options = {}) {
  const response = await fetch(path, { ...options, headers: headers() });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Problem(response.status, body);
  return body;
}

// What a recruiter should read for a problem+json answer: never the validator's own wording.
const FIELD_HELP = {
  requisition: "Type a role title or paste the job description (or list must-have skills) first.",
  "requisition.title": "The first line is the role's title and is too long: put the job description on the lines below it.",
  "requisition.must_have_skills": "Check the must-have skills: one short name each, separated by commas.",
  limit: "That many results cannot be shown at once.",
  "filters.segment": "That saved segment no longer exists: pick another one.",
};
function friendly(status, body) {
  if (status === 401) return "This server needs an API key: paste yours in the API key field at the top.";
  if (status === 403) return "Your API key's role may not do this; ask an admin for a recruiter key.";
  if (status === 413) return "The text is too long" + (body.limit ? ` (at most ${body.limit} characters)` : "") + ": shorten the description.";
  if (status === 503) return "The memory is not available right now (it is starting or busy); try again in a moment.";
  if (status === 422) {
    const first = (body.errors || [])[0] || { field: body.field || "", message: body.detail || "" };
    const field = (first.field || "").replace(/^body\./, "");
    if (FIELD_HELP[field]) return FIELD_HELP[field];
    const label = field.split(".").pop().replaceAll("_", " ");
    const message = (first.message || "").replace(/^Value error, /, "").replace(/^Input should be /, "should be ");
    return label ? `Check ${label}: ${message}` : message || "Something in the search is not valid.";
  }
  return body.detail || `The server answered ${status}.`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  return node;
}

function highlighted(text, words) {
  const out = el("span");
  let last = 0;
  for (const [start, end] of Highlight.ranges(text, words)) {
    out.append(text.slice(last, start), el("mark", {}, text.slice(start, end)));
    last = end;
  }
  out.append(text.slice(last));
  return out;
}

// One scale for every card on screen, so that a bar's length means the same score everywhere.
function barScale(results) {
  const all = results.flatMap((r) => Object.values(r.attributions).map(Math.abs));
  return Math.max(...all, 1e-9);
}

function bars(attributions, scale) {
  const entries = Object.entries(attributions).filter(([, v]) => Math.abs(v) >= 0.0005).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return el("div", { class: "bars", "aria-label": "Why this score" },
    entries.map(([name, v]) => el("div", { class: "bar", "data-value": String(v), title: `${name}: ${v >= 0 ? "+" : ""}${v.toFixed(3)}` },
      el("span", {}, name.replaceAll("_", " ")),
      el("span", { class: "neg", style: `width:${v < 0 ? (100 * -v / scale).toFixed(1) : 0}%` }),
      el("span", { class: "pos", style: `width:${v > 0 ? (100 * v / scale).toFixed(1) : 0}%` }),
      el("span", { class: "val" }, (v >= 0 ? "+" : "") + v.toFixed(3)))));
}

function outcomeButtons(result) {
  const reason = el("input", { class: "reason", placeholder: "reason (optional)", "aria-label": `Reason for ${result.candidate_id}` });
  const said = el("span", { class: "meta recorded", role: "status" });
  const record = async (action) => {
    try {
      const body = { candidate_id: result.candidate_id, action };
      if (reason.value.trim()) body.reason = reason.value.trim();
      const done = await call(`/v1/decisions/${encodeURIComponent(state.response.decision_id)}/outcomes`, { method: "POST", body: JSON.stringify(body) });
      said.textContent = `✓ ${done.action} recorded`;
    } catch (error) { said.textContent = "Not recorded: " + error.message; }
  };
  return el("div", { class: "outcomes", "aria-label": "Record what happened" },
    ACTIONS.map((a) => el("button", { type: "button", class: "secondary small", "data-action": a, onclick: () => record(a) }, a)), reason, said);
}

function card(result, scale, words) {
  const own = [...words, ...Highlight.terms(result.skills.matched.join(", "))];
  const evidence = result.evidence.slice(0, 2).map((e) => el("blockquote", {},
    highlighted(e.text, own), el("div", { class: "meta" }, `${e.stage || "note"} · ${e.author || "unknown author"} · ${(e.written_at || "").slice(0, 10)} · similarity ${e.similarity.toFixed(2)}`)));
  const open = el("button", { class: "link", type: "button", onclick: () => showCandidate(result.candidate_id, own) }, result.candidate_id);
  return el("li", { class: "card", "data-candidate": result.candidate_id },
    el("div", {},
      el("h3", {}, `#${result.rank} `, open, " — ", result.headline || "(no headline)"),
      el("div", { class: "meta" }, `${(result.source || "").replace("_", " ")} · ${result.role_family || "no role family"} · stage reached: ${result.stage_reached || "none"} · last contact ${(result.last_verified_at || "never").slice(0, 10)}`),
      el("div", { class: "skills" },
        result.skills.matched.map((s) => el("span", { class: "ok" }, "✓ " + s)),
        result.skills.missing.map((s) => el("span", { class: "no" }, "✗ " + s))),
      evidence,
      state.response.decision_id && state.role !== "hook" ? outcomeButtons(result) : ""),
    el("div", {},
      el("div", { class: "score" }, result.score.toFixed(3)),
      el("div", { class: "meta" }, `typical candidate ${result.base_value.toFixed(3)}`),
      bars(result.attributions, scale)));
}

function readForm() {
  const text = $("query").value.trim();
  const lines = text.split("\n");
  const requisition = { title: lines[0].slice(0, 200), description: lines.slice(1).join("\n"),
    must_have_skills: $("must").value.split(",").map((s) => s.trim()).filter(Boolean) };
  const filters = { must_have_required: $("must-required").checked };
  if ($("role-family").value.trim()) filters.role_families = [$("role-family").value.trim()];
  if ($("source").value) filters.sources = [$("source").value];
  if ($("location").value.trim()) filters.locations = [$("location").value.trim()];
  if ($("seniority").value) filters.seniorities = [$("seniority").value];
  if ($("segment").value) filters.segment = $("segment").value;
  return { text, requisition, filters, include_without_consent: $("needs-consent").checked };
}

function say(status, hint = "") {
  $("status").textContent = status;
  $("hint").textContent = hint;
  $("hint").hidden = !hint;
}

async function search(event) {
  event.preventDefault();
  const form = readForm();
  $("results").replaceChildren(); $("warnings").replaceChildren(); $("detail").hidden = true;
  $("needs-consent-results").replaceChildren(); $("consent-section").hidden = true;
  $("more").hidden = true; $("tools").hidden = true;
  if (!form.text && !form.requisition.must_have_skills.length) {
    say("Type a role title or paste a job description first (for example “Senior backend engineer, Go and Kafka”).");
    $("query").focus();
    return;
  }
  state.request = form; state.limit = PAGE;
  state.words = Highlight.terms(form.text, form.requisition.must_have_skills);
  await run(true);
}

async function run(focusFirst) {
  const form = state.request;
  say("Searching…");
  try {
    state.response = await call("/v1/match", { method: "POST", body: JSON.stringify({ requisition: form.requisition, filters: form.filters,
      limit: state.limit, audit: true, include_without_consent: form.include_without_consent }) });
    render(focusFirst);
  } catch (error) {
    // The match route answers 404 only for a filter naming a segment that is gone.
    say(error.status === 404 ? FIELD_HELP["filters.segment"] : error.message);
  }
}

function render(focusFirst) {
  const body = state.response;
  const scale = barScale([...body.results, ...body.needs_consent]);
  $("results").replaceChildren(...body.results.map((r) => card(r, scale, state.words)));
  const asking = body.needs_consent.map((r) => { const c = card(r, scale, state.words); c.querySelector("h3").append(el("span", { class: "badge" }, "needs consent")); return c; });
  $("needs-consent-results").replaceChildren(...asking);
  $("consent-section").hidden = asking.length === 0;
  $("warnings").replaceChildren(...(body.audit ? body.audit.warnings : []).map((w) => el("p", { class: "warning" }, w)));
  // A full page may have more behind it; the route stops at MAX_LIMIT.
  $("more").hidden = body.results.length < state.limit || state.limit >= MAX_LIMIT;
  $("tools").hidden = body.results.length + asking.length === 0;
  $("decision").textContent = body.decision_id ? `decision ${body.decision_id}` : "";
  const [status, hint] = summary(body, asking.length);
  say(status, hint);
  const first = document.querySelector("#results .link");
  if (focusFirst && first) first.focus();
}

function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

function summary(body, asking) {
  const form = state.request;
  const shown = body.results.length;
  const apart = asking ? `; ${plural(asking, "more fit needs", "more fits need")} consent first (listed apart)` : "";
  const filtered = Object.keys(form.filters).length > 1 || form.filters.must_have_required;
  if (body.considered === 0) {
    return ["No one in the memory fits these filters.", filtered ? "Loosen a filter (segment, source, seniority, location, role family or the must-have requirement) and search again." : "The memory holds no candidate yet: import some first."];
  }
  if (shown === 0 && !asking) {
    return [`None of the ${plural(body.considered, "candidate", "candidates")} looked at has valid consent for outreach.`, "Tick “Also show good fits we need consent from” to see who to ask."];
  }
  const status = shown ? `Showing the best ${plural(shown, "fit", "fits")} with valid consent, of ${plural(body.considered, "candidate", "candidates")} looked at${apart}. (${Math.round(body.took_ms)} ms)` : `No fit has valid consent for outreach${apart}.`;
  // Few words to go on: the ranking then rests on one or two generic terms.
  const weak = state.words.length < 2 && !form.requisition.must_have_skills.length && form.text.split(/\s+/).length < 6;
  return [status, weak ? "This search says little about the role: add skills (e.g. “Go, Kafka”) or paste the job description for a sharper shortlist." : ""];
}

function csvCell(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // a spreadsheet must not run a cell as a formula
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function exportCsv() {
  const body = state.response;
  const head = ["list", "rank", "candidate_id", "headline", "score", "matched_skills", "missing_skills", "source", "role_family", "stage_reached", "last_contact", "decision_id"];
  const rows = [...body.results.map((r) => ["shortlist", r]), ...body.needs_consent.map((r) => ["needs consent", r])].map(([list, r]) =>
    [list, r.rank, r.candidate_id, r.headline, r.score.toFixed(4), r.skills.matched.join("; "), r.skills.missing.join("; "), r.source, r.role_family, r.stage_reached, (r.last_verified_at || "").slice(0, 10), body.decision_id]);
  const text = [head, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
  const link = el("a", { href: URL.createObjectURL(new Blob([text], { type: "text/csv" })), download: `shortlist-${body.decision_id || "export"}.csv` });
  document.body.append(link); link.click(); link.remove();
}

async function loadMore() {
  state.limit = Math.min(state.limit + PAGE, MAX_LIMIT);
  const seen = $("results").children.length;
  await run(false);
  const next = $("results").children[seen];
  if (next) next.querySelector(".link").focus();
}

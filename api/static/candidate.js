// The candidate detail view (what outreach needs, shown by role) and the page's start-up.
"use strict";

const day = (iso) => (iso || "").slice(0, 10);
const INTENT = { active: "actively looking", open: "open to a move", passive: "passive: not looking, would listen", not_looking: "not looking" };

function consentLine(c) {
  const consent = c.consent;
  if (consent.status === "granted") {
    return el("span", { class: "consent-granted" }, `consent granted (${consent.basis || "basis not recorded"}${consent.purpose ? ", " + consent.purpose : ""}) until ${day(consent.expires_at) || "no expiry"}`);
  }
  if (consent.status === "withdrawn") return el("span", { class: "consent-missing" }, "opted out: do not contact");
  if (consent.status === "expired") return el("span", { class: "consent-missing" }, `consent expired ${day(consent.expires_at)}: ask again before any outreach`);
  return el("span", { class: "consent-missing" }, `consent ${consent.status}: ask for consent before any outreach`);
}

function contactList(values, verified) {
  return values.map((v) => el("li", {}, v, verified[v] ? el("span", { class: "meta" }, ` · confirmed ${day(verified[v])}`) : ""));
}

// Recruiters (and admins) act on a result, so they see who the person is and how to reach them; an
// auditor reviews decisions and never needs a contact. Someone who opted out is never to be contacted.
function outreach(view) {
  const c = view.candidate;
  const rows = [
    el("dt", {}, "Consent"), el("dd", { id: "detail-consent" }, consentLine(c)),
    el("dt", {}, "Intent"), el("dd", { id: "detail-intent" }, c.intent ? INTENT[c.intent] || c.intent : "not recorded"),
    el("dt", {}, "Status"), el("dd", { id: "detail-retired" }, view.retired
      ? `retired ${day(view.retired_at)} after unanswered outreach: left out of shortlists unless asked for`
      : "active contact"),
  ];
  if (state.role === "auditor") {
    rows.unshift(el("dt", {}, "Contact"), el("dd", { id: "detail-contacts" }, "name and contact details are shown to recruiters"));
  } else if (c.consent.status === "withdrawn") {
    rows.unshift(el("dt", {}, "Name"), el("dd", { id: "detail-name" }, c.name || "not recorded"),
      el("dt", {}, "Contact"), el("dd", { id: "detail-contacts" }, "hidden: this person opted out"));
  } else {
    const contacts = [...contactList(c.emails, c.contact_verified_at), ...contactList(c.phones, c.contact_verified_at)];
    rows.unshift(el("dt", {}, "Name"), el("dd", { id: "detail-name" }, c.name || "not recorded"),
      el("dt", {}, "Contact"), el("dd", { id: "detail-contacts" }, contacts.length ? el("ul", { class: "plain" }, contacts) : "no email or phone on record"));
  }
  return el("dl", { class: "outreach", "aria-label": "For outreach" }, rows);
}

async function showCandidate(id, words = []) {
  try {
    const view = await call(`/v1/candidates/${encodeURIComponent(id)}`);
    const c = view.candidate;
    $("detail-title").textContent = `${c.headline || c.candidate_id}`;
    $("detail-body").replaceChildren(
      el("p", { class: "meta" }, `${c.candidate_id} · ${c.location || "location unknown"} · ${c.seniority || "seniority unknown"} · source ${c.source.replace("_", " ")} · last verified ${day(c.last_verified_at) || "never"}`),
      outreach(view),
      el("p", {}, c.summary || ""),
      el("div", { class: "skills" }, c.skills.map((s) => el("span", { class: "ok" }, s))),
      el("h3", {}, `Interview notes (${view.notes.length})`),
      ...view.notes.map((n) => el("blockquote", {}, highlighted(n.text, words), el("div", { class: "meta" }, `${n.stage} · ${n.author || "?"} · ${day(n.written_at)}`))),
      el("h3", {}, `Touchpoints (${view.touchpoints.length})`),
      el("ul", {}, view.touchpoints.map((t) => el("li", {}, `${day(t.at)} · ${t.kind} (${t.direction}) · ${t.outcome.replace("_", " ")}`))),
      el("h3", {}, `Evaluation signals (${view.signals.length})`),
      el("ul", {}, view.signals.map((s) => el("li", {}, `${s.dimension}: ${s.value} on ${s.scale_min}–${s.scale_max} by ${s.evaluator || "?"} (${s.stage || "?"}, ${day(s.observed_at)})`))));
    $("detail").hidden = false;
    $("detail").focus();
    $("detail").scrollIntoView({ block: "start" });
  } catch (error) {
    say(error.status === 404 ? `${id} is no longer in the memory (erased or merged since this search).` : "Could not open the candidate: " + error.message);
  }
}

// Who the key belongs to and the saved segments; run again whenever the key changes.
async function loadKeyed() {
  try { state.role = (await call("/v1/whoami")).role; } catch (error) { state.role = null; }
  const keep = $("segment").value;
  $("segment").replaceChildren(el("option", { value: "" }, "any"));
  try {
    const segments = await call("/v1/segments");
    $("segment").append(...segments.map((s) => el("option", { value: s.segment.name }, `${s.segment.name} (${s.with_valid_consent})`)));
    $("segment").value = keep;
    if ($("segment").value !== keep) $("segment").value = "";
  } catch (error) { /* no key yet: the list stays "any" until one is entered */ }
  $("segment").dataset.loaded = state.role ? "yes" : "no";
}

$("search").addEventListener("submit", search);
$("more").addEventListener("click", loadMore);
$("export").addEventListener("click", exportCsv);
$("close-detail").addEventListener("click", () => { $("detail").hidden = true; const first = document.querySelector("#results .link"); if (first) first.focus(); });
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("search").requestSubmit(); });
// The key is restored before anything is asked of the server, so a keyed server fills the segment list.
$("api-key").value = sessionStorage.getItem("talentrecall-key") || "";
$("api-key").addEventListener("change", () => { sessionStorage.setItem("talentrecall-key", $("api-key").value); loadKeyed(); });
loadKeyed();

"""The search page in a real browser: Debian's chromium, driven by Playwright, against a live server.

A recruiter searches, reads the evidence with the matching words highlighted, compares cards on one
scale, opens a candidate to reach out, loads more, exports the shortlist and records what happened.
Screenshots are left in ``test-output/`` for a reviewer (CI keeps them as artefacts).

Most tests run on the hashing encoder (what they check does not depend on meaning) behind a keyed
server; ``test_search_open_a_candidate_and_see_evidence`` runs the real model with authentication off,
as ``make run`` serves it.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from api.app import create_app
from api.auth import hash_key
from api.settings import ApiSettings
from embed import HashingEncoder
from memory import Candidate, Memory, Segment, Touchpoint
from memory.demo import demo_ndjson
from tests.conftest import REPO, LiveServer

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OUT = REPO / "test-output"
KEYS = {"recruiter": "tr-test-recruiter", "auditor": "tr-test-auditor", "admin": "tr-test-admin"}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip


def need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("TALENTRECALL_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (apt-get install chromium)")
        pytest.skip("chromium is not installed: apt-get install chromium (CI installs it)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need_chromium()
    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield launched
        launched.close()


def people(now: datetime) -> list[Candidate]:
    """Three people beside the demo pool, for what the demo does not hold: phones, intent, opt-out, retirement."""
    granted = {"status": "granted", "basis": "consent", "expires_at": now + timedelta(days=300)}
    return [
        Candidate(candidate_id="p-reach", name="Ada Reach", emails=["ada@example.org"], phones=["+44 20 7946 0000"],
                  headline="Go engineer", skills=["Go", "Kafka"], intent="open", consent=granted),
        Candidate(candidate_id="p-optout", name="Otto Out", emails=["otto@example.org"], headline="Go engineer",
                  skills=["Go"], consent={"status": "withdrawn"}),
        Candidate(candidate_id="p-retired", name="Rita Tired", emails=["rita@example.org"], headline="Go engineer",
                  skills=["Go"], consent=granted),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Memory]]:
    """The demo pool behind a server that wants keys (recruiter, auditor, admin) and has a saved segment."""
    keys = ",".join(f"{role}:{hash_key(key)}" for role, key in KEYS.items())
    settings = ApiSettings(data_dir=tmp_path_factory.mktemp("page") / "store", auth=True, api_keys=keys)
    memory = Memory.open(settings, encoder=HashingEncoder(64))
    memory.import_ndjson(demo_ndjson(60))
    now = datetime.now(UTC)
    for person in people(now):
        memory.upsert_candidate(person)
    for i in range(3):  # three unanswered messages retire a contact
        memory.add_touchpoint(Touchpoint(touchpoint_id=f"t{i}", candidate_id="p-retired", kind="email",
                                         at=now - timedelta(days=9 - i), outcome="no_reply"))  # fmt: skip
    memory.save_segment(Segment(name="backend-seniors", role_families=["backend"], seniorities=["senior", "lead"]))
    with LiveServer(create_app(memory=memory)) as server:
        yield server.url, memory
    memory.close()


@pytest.fixture
def page_as(browser: Any, keyed: tuple[str, Memory]) -> Iterator[Any]:
    """``page_as(role)``: a fresh tab whose session already holds that role's key (or none)."""
    url, _ = keyed
    contexts: list[Any] = []

    def open_page(role: str | None = "recruiter") -> Any:
        context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
        if role:
            context.add_init_script(f"sessionStorage.setItem('talentrecall-key', '{KEYS[role]}')")
        contexts.append(context)
        page = context.new_page()
        page.failed = []  # every answer >= 400 while the page runs
        page.on("response", lambda r: page.failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.goto(url + "/")
        return page

    yield open_page
    for context in contexts:
        context.close()


def search(page: Any, query: str, must: str = "") -> None:
    page.fill("#query", query)
    page.fill("#must", must)
    page.click("#go")
    # (a locator wait: the page's CSP allows no eval, which wait_for_function would need)
    expect(page.locator("#status")).not_to_have_text(re.compile("^Searching"), timeout=60_000)


def test_short_skill_names_are_whole_words_and_engineer_stays_plain(page_as: Any) -> None:
    page = page_as()
    cases = {
        # query, text -> the marked words
        ("Senior Go engineer", "Strong on Go; ready to go. Good engineer, Gopher fan."): ["Go"],
        ("go, kafka", "Go and Kafka pipelines; goes to Kafka's summit"): ["Go", "Kafka", "Kafka"],
        ("R and SQL analyst", "Built R models in R&D, wrote SQL; R-squared of 0.9"): ["R", "SQL"],
        ("AI engineer with UX sense", "Said the AI work was fair; UX research, ux, QA"): ["AI", "UX"],
        ("QA lead", "Runs QA for releases, quality assurance; qa"): ["QA"],
        ("C++ and C# developer", "C++ templates, C# services, C-level talk"): ["C++", "C#"],
        ("Kubernetes SRE", "Ran Kubernetes clusters as the SRE on call"): ["Kubernetes", "SRE"],
        ("Data engineer", "A data engineer building data pipelines"): ["data", "data"],
    }
    for (query, text), expected in cases.items():
        marked = page.evaluate(
            "([q, t]) => Highlight.ranges(t, Highlight.terms(q)).map(([a, b]) => t.slice(a, b))", [query, text]
        )
        assert marked == expected, (query, text, marked)
    # "Engineer" is marked when a recruiter makes it a must-have
    assert page.evaluate("Highlight.terms('Engineer', ['engineer']).length") == 1

    search(page, "Senior backend engineer with Go and Kafka")
    marks = page.locator("#results mark").all_inner_texts()
    assert "Go" in marks or "Kafka" in marks, marks
    assert not {"go", "engineer", "Engineer", "senior", "Senior"} & set(marks), marks  # the verb, the title words
    page.screenshot(path=str(OUT / "page-highlight.png"), full_page=True)


def test_bars_of_every_card_share_one_scale(page_as: Any) -> None:
    page = page_as()
    search(page, "Senior backend engineer with Go and Kafka")
    # (width in pixels, attribution) of every positive bar on the page
    bars = page.evaluate(
        """() => [...document.querySelectorAll('.bar')].map((bar) => [
             bar.querySelector('.pos').getBoundingClientRect().width, parseFloat(bar.dataset.value)])
             .filter(([, value]) => value > 0)"""
    )
    assert len(bars) >= 20
    width, value = max(bars, key=lambda bar: bar[1])
    pixels_per_unit = width / value  # the largest bar sets the one scale
    assert all(abs(w - v * pixels_per_unit) <= 1.0 for w, v in bars)  # every card on it, to a pixel
    page.screenshot(path=str(OUT / "page-bars.png"), full_page=True)


def test_segment_list_fills_once_the_key_is_restored(page_as: Any) -> None:
    page = page_as("recruiter")  # the key sits in the session before the page loads
    expect(page.locator("#segment option")).to_have_count(2)
    assert "backend-seniors" in page.locator("#segment").inner_text()
    page.select_option("#segment", "backend-seniors")
    search(page, "Backend engineer")
    families = page.locator("#results .card .meta").all_inner_texts()
    assert families and all("backend" in f for f in families[::3] if "stage reached" in f)
    page.screenshot(path=str(OUT / "page-segments.png"), full_page=True)

    fresh = page_as(None)  # no key yet: the list waits for one, and fills when it is typed
    expect(fresh.locator("#segment")).to_have_attribute("data-loaded", "no")
    assert fresh.locator("#segment option").count() == 1
    fresh.fill("#api-key", KEYS["auditor"])
    fresh.dispatch_event("#api-key", "change")
    expect(fresh.locator("#segment option")).to_have_count(2)
    search(fresh, "Go engineer")
    assert fresh.locator("#results li.card").count() == 10


def open_detail(page: Any, candidate_id: str) -> Any:
    search(page, "Go engineer Kafka")
    page.evaluate("(id) => showCandidate(id)", candidate_id)
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    return detail


def test_detail_shows_what_outreach_needs_by_role(page_as: Any) -> None:
    recruiter = page_as("recruiter")
    detail = open_detail(recruiter, "p-reach")
    assert detail.locator("#detail-name").inner_text() == "Ada Reach"
    contacts = detail.locator("#detail-contacts").inner_text()
    assert "ada@example.org" in contacts and "+44 20 7946 0000" in contacts
    assert detail.locator("#detail-consent").inner_text().startswith("consent granted (consent) until ")
    assert detail.locator("#detail-intent").inner_text() == "open to a move"
    assert detail.locator("#detail-retired").inner_text() == "active contact"
    recruiter.screenshot(path=str(OUT / "page-detail-recruiter.png"), full_page=True)

    retired = open_detail(recruiter, "p-retired")
    assert retired.locator("#detail-retired").inner_text().startswith("retired 20")
    assert "rita@example.org" in retired.locator("#detail-contacts").inner_text()
    optout = open_detail(recruiter, "p-optout")
    assert optout.locator("#detail-consent").inner_text() == "opted out: do not contact"
    assert optout.locator("#detail-contacts").inner_text() == "hidden: this person opted out"
    assert "otto@example.org" not in optout.inner_text()

    auditor = page_as("auditor")
    seen = open_detail(auditor, "p-reach")
    assert "ada@example.org" not in seen.inner_text() and "Ada Reach" not in seen.inner_text()
    assert seen.locator("#detail-contacts").inner_text() == "name and contact details are shown to recruiters"
    assert seen.locator("#detail-intent").inner_text() == "open to a move"
    auditor.screenshot(path=str(OUT / "page-detail-auditor.png"), full_page=True)


def test_load_more_adds_the_next_ten_and_keeps_the_order(page_as: Any) -> None:
    page = page_as()
    search(page, "Senior backend engineer with Go and Kafka")
    cards = page.locator("#results li.card")
    first_ten = cards.evaluate_all("(cs) => cs.map((c) => c.dataset.candidate)")
    assert len(first_ten) == 10
    page.click("#more")
    expect(cards).to_have_count(20)
    twenty = cards.evaluate_all("(cs) => cs.map((c) => c.dataset.candidate)")
    assert twenty[:10] == first_ten and len(set(twenty)) == 20
    assert page.evaluate("document.activeElement.textContent") == twenty[10]  # focus on the first new one
    page.screenshot(path=str(OUT / "page-load-more.png"), full_page=True)


def test_hard_must_have_toggle_drops_whoever_misses_one(page_as: Any) -> None:
    page = page_as()
    search(page, "Platform engineer", must="Kubernetes")
    missing = page.locator("#results .skills .no").count()
    assert missing > 0  # soft: people without Kubernetes are ranked lower but listed
    page.check("#must-required")
    search(page, "Platform engineer", must="Kubernetes")
    cards = page.locator("#results li.card")
    assert cards.count() > 0
    assert page.locator("#results .skills .no").count() == 0
    assert cards.locator(".skills .ok", has_text="Kubernetes").count() == cards.count()
    page.screenshot(path=str(OUT / "page-must-have.png"), full_page=True)


def test_csv_export_holds_the_shortlist_as_shown(page_as: Any) -> None:
    page = page_as()
    page.check("#needs-consent")
    search(page, "Senior backend engineer with Go and Kafka")
    shown = page.locator("#results li.card").evaluate_all("(cs) => cs.map((c) => c.dataset.candidate)")
    asking = page.locator("#needs-consent-results li.card").evaluate_all("(cs) => cs.map((c) => c.dataset.candidate)")
    with page.expect_download() as info:
        page.click("#export")
    download = info.value
    assert download.suggested_filename.startswith("shortlist-") and download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text())))
    assert [r["candidate_id"] for r in rows if r["list"] == "shortlist"] == shown
    assert [r["candidate_id"] for r in rows if r["list"] == "needs consent"] == asking
    decision = page.locator("#decision").inner_text().removeprefix("decision ")
    assert {r["decision_id"] for r in rows} == {decision}
    assert rows[0]["rank"] == "1" and float(rows[0]["score"]) > 0
    # a cell a spreadsheet would run as a formula is defused
    assert page.evaluate("csvCell('=HYPERLINK(1)')") == "'=HYPERLINK(1)"


def test_outcome_buttons_record_against_the_shortlists_decision(page_as: Any, keyed: tuple[str, Memory]) -> None:
    _, memory = keyed
    page = page_as("recruiter")
    search(page, "Go engineer Kafka")
    first = page.locator("#results li.card").first
    candidate = first.get_attribute("data-candidate")
    first.locator("input.reason").fill("replied, call booked")
    first.locator("button[data-action=contacted]").click()
    expect(first.locator(".recorded")).to_have_text("✓ contacted recorded")
    decision = page.locator("#decision").inner_text().removeprefix("decision ")
    record = memory.decision(decision)
    assert [(o.candidate_id, o.action, o.reason) for o in record.outcomes] == [
        (candidate, "contacted", "replied, call booked")
    ]
    page.screenshot(path=str(OUT / "page-outcome.png"), full_page=True)


def test_friendly_messages_for_empty_weak_and_invalid_searches(page_as: Any, keyed: tuple[str, Memory]) -> None:
    _, memory = keyed
    page = page_as()
    status, hint = page.locator("#status"), page.locator("#hint")
    page.click("#go")
    assert status.inner_text().startswith("Type a role title or paste a job description first")
    assert page.evaluate("document.activeElement.id") == "query"

    search(page, "the")
    assert status.inner_text().startswith("Showing the best 10 fits with valid consent, of ")
    assert hint.inner_text().startswith("This search says little about the role")
    page.screenshot(path=str(OUT / "page-weak.png"), full_page=True)

    page.fill("#location", "Atlantis")
    search(page, "Go engineer")
    assert status.inner_text() == "No one in the memory fits these filters."
    assert hint.inner_text().startswith("Loosen a filter")
    page.screenshot(path=str(OUT / "page-empty.png"), full_page=True)
    page.fill("#location", "")

    memory.save_segment(Segment(name="gone-soon", role_families=["backend"]))
    page.dispatch_event("#api-key", "change")  # reloads the segment list
    page.wait_for_selector("#segment option[value=gone-soon]", state="attached")
    page.select_option("#segment", "gone-soon")
    memory.delete_segment("gone-soon")  # deleted by someone else since the list loaded
    search(page, "Go engineer")
    assert status.inner_text() == "That saved segment no longer exists: pick another one."
    for text in (status.inner_text(), hint.inner_text()):
        assert "Value error" not in text and "Input should" not in text and "0 with valid consent" not in text
    # the server's own 422 wording is translated, whatever the field
    assert page.evaluate(
        "friendly(422, {errors: [{field: 'requisition', message: 'Value error, a requisition needs a title'}]})"
    ).startswith("Type a role title or paste the job description")
    assert page.evaluate("friendly(422, {errors: [{field: 'limit', message: 'Input should be less than 200'}]})") == (
        "That many results cannot be shown at once."
    )
    page.screenshot(path=str(OUT / "page-invalid.png"), full_page=True)


def test_favicon_and_no_failed_request(page_as: Any, keyed: tuple[str, Memory]) -> None:
    page = page_as()
    search(page, "Go engineer")
    answer = page.request.get(keyed[0] + "/favicon.ico")
    assert answer.status == 200 and answer.headers["content-type"] == "image/svg+xml"
    assert page.failed == []


def test_search_open_a_candidate_and_see_evidence(browser: Any, open_real_memory) -> None:  # type: ignore[no-untyped-def]
    memory: Memory = open_real_memory(auth=False)
    memory.import_ndjson(demo_ndjson(96))
    with LiveServer(create_app(memory=memory)) as server:
        site = server.url
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        offsite: list[str] = []
        page.on("request", lambda r: offsite.append(r.url) if not r.url.startswith(site) else None)
        page.goto(site + "/")
        page.keyboard.press("Tab")  # the API key field, then the search box
        page.keyboard.press("Tab")
        page.keyboard.type("Senior backend engineer with Go and Kafka")
        page.keyboard.press("Control+Enter")
        cards = page.locator("#results li.card")
        expect(cards.first).to_be_visible(timeout=30_000)
        assert cards.count() == 10
        page.screenshot(path=str(OUT / "search.png"), full_page=True)
        first = cards.first
        top3 = " ".join(cards.nth(i).inner_text().lower() for i in range(3))
        assert "backend" in top3
        expect(first.locator("mark").first).to_be_visible()
        expect(first.locator(".bar").first).to_be_visible()
        assert page.evaluate("document.activeElement.classList.contains('link')")  # focus moved to result 1
        page.keyboard.press("Enter")  # open the focused candidate
        detail = page.locator("#detail")
        expect(detail).to_be_visible(timeout=10_000)
        expect(detail).to_contain_text("Interview notes")
        expect(detail).to_contain_text("consent")
        expect(detail.locator("#detail-name")).to_contain_text("(demo)")  # auth off: the demo's admin sees names
        expect(detail.locator("blockquote").first).to_be_visible()
        assert "[object" not in detail.inner_text()
        page.screenshot(path=str(OUT / "candidate.png"), full_page=True)
        page.locator("#close-detail").click()
        page.locator("#needs-consent").check()
        page.locator("#go").click()
        asking = page.locator("#needs-consent-results li.card")
        expect(asking.first).to_be_visible(timeout=30_000)
        expect(asking.first.locator(".badge")).to_have_text("needs consent")
        page.screenshot(path=str(OUT / "needs-consent.png"), full_page=True)
        assert offsite == []  # every asset is served locally
        page.close()

"""The search page in a real browser: Debian's chromium, driven by Playwright, against a live server.

A recruiter searches, reads the evidence with the matching words highlighted, and opens a candidate, all
from the keyboard. Screenshots are left in ``test-output/`` for a reviewer.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from memory import Memory
from memory.demo import demo_ndjson
from tests.conftest import REPO, LiveServer

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
OUT = REPO / "test-output"


@pytest.fixture
def site(open_real_memory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        if os.environ.get("TALENTRECALL_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    memory: Memory = open_real_memory(auth=False)
    memory.import_ndjson(demo_ndjson(96))
    with LiveServer(create_app(memory=memory)) as server:
        yield server.url


def test_search_open_a_candidate_and_see_evidence(site: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    OUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
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
        browser.close()

"""Session 9's keep-rules (issue 10, false redactions), each in both directions: the thing is kept in its frame,
and people of several origins in the same frame are removed. One batch per direction keeps the fast suite fast."""

from __future__ import annotations

import re

from memory.redact import redact

KEPT = [
    # a job title's seniority word after a comma is no given name (the lead's "Name, Title" bug)
    ("Maria Garcia, Senior Analyst at Deloitte.", "Senior Analyst Deloitte"),
    ("Priya Raman, Staff Software Engineer, Google", "Staff Software Engineer"),
    ("Hiroshi Tanaka, Lead Data Scientist", "Lead Data Scientist"),
    ("Okafor, Chidi, Senior Analyst", "Senior Analyst"),
    # named storms; a bare run after "during"
    ("The launch slipped after Hurricane Helene hit the coast.", "Hurricane Helene"),
    ("Tropical Storm Ophelia delayed the shipment.", "Tropical Storm Ophelia"),
    ("Winter Storm Uri took the plant offline.", "Winter Storm Uri"),
    ("Covered the night shift during Ramadan and Eid al-Fitr.", "Ramadan Eid"),
    ("Staffed the help desk during Black Friday and Cyber Monday.", "Black Friday Cyber Monday"),
    # tools after "<work word> with" that the word lists hold stay tools
    ("Built the pipelines with Airflow and Kafka.", "Airflow Kafka"),
    ("Experience with Kubernetes and Terraform.", "Kubernetes Terraform"),
    # a holiday's word a name list holds, before a holiday's own head
    ("Scheduled the freeze over Passover and Easter week.", "Passover Easter"),
    # an eponym's possessive before a disease's noun, in any case
    ("care for patients with parkinson's disease", "parkinson"),
]

# The title sentences hold a person too: there only the title's words are checked (GONE checks the person).
WITH_A_PERSON = {text for text, _ in KEPT[:4]}

GONE = [
    # the same frames with people of several origins in them
    ("Candidate: Okafor, Chidi", "Okafor Chidi"),
    ("Okafor, Chidi, Senior Analyst", "Okafor Chidi"),
    ("Deloitte, Senior Analyst Priya Raman", "Priya Raman"),
    ("Chief Okafor said the offer was fine.", "Okafor"),
    ("Wei Zhang, Senior Manager", "Wei Zhang"),
    ("Maria, Senior Analyst", "Maria"),
    ("Jasper, Senior Analyst at Deloitte.", "Jasper"),
    ("Florence, Lead Engineer", "Florence"),
    ("Katrina said the launch slipped.", "Katrina"),
    ("Hurricane Katrina joined the loop.", "Katrina"),
    ("Storm Walking Eagle, our hiring manager, asked for a second round.", "Storm Walking Eagle"),
    ("Storm Okafor joined the team.", "Storm Okafor"),
    ("After Hurricane Helene hit, Helene Okafor moved to Austin.", "Okafor"),
    ("Met Priya during Ramadan.", "Priya"),
    ("During Priya and Tunde's talk we took notes.", "Priya Tunde"),
    ("During Hiroshi Tanaka's visit we shipped.", "Hiroshi Tanaka"),
    ("Closed for Aigerim this year, per the manager.", "Aigerim"),
    ("Tom Easter week was great.", "Tom Easter"),
    ("Easter said the loop went well.", "Easter"),
    ("Great call with Durga today.", "Durga"),
    ("priya's notes were good", "priya"),
    # review M1 (session 9): nouns that end like diseases are no eponym's head
    ("Verified Priya's diploma with the registrar.", "Priya"),
    ("Ngozi's move into academia went well.", "Ngozi"),
    ("Discussed Hiroshi's diagnosis with HR.", "Hiroshi"),
    ("Jamal's prognosis for the project is good.", "Jamal"),
    ("Emily's arthritis flared up, so we moved the onsite.", "Emily"),
    ("Interviewed Priya Raman. Raman's diploma arrived late.", "Priya Raman"),
    ("discussed okafor's diagnosis with hr", "okafor"),
    # a kind's list and a plural facility keep only what the thing lists already kept (review, session 9)
    ("Experience with mentors such as Ngozi Eze and Hiroshi Tanaka is a plus.", "Ngozi Eze Hiroshi Tanaka"),
    ("Clients such as Priya Raman and Tunde Okafor loved it.", "Priya Raman Tunde Okafor"),
    ("Our Priya and Kwame teams are hiring.", "Priya Kwame"),
    ("Our Okafor site visit is next week.", "Okafor"),
    ("Agencies such as Priya Raman and Ogilvy pitched.", "Priya Raman"),
    ("Firms like Raman and Kamau made offers.", "Raman Kamau"),
    ("Our Adeyemi and Taufa stores are open.", "Adeyemi Taufa"),
    ("Okafor Mensah is a law firm based in Lagos.", "Okafor Mensah"),
    ("Escuela de Ngozi Adeyemi", "Ngozi Adeyemi"),
    ("Instituto de Raman graduates", "Raman"),
    ("Priya is a founder of a startup in Lagos.", "Priya"),
    ("Priya is a business and finance major.", "Priya"),
    ("Hiroshi Tanaka is the company's CFO.", "Hiroshi Tanaka"),
    ("Kwame is a startup founder.", "Kwame"),
    ("At Ngozi's, we had dinner.", "Ngozi"),
    ("Location: remote; contact Aigerim Bekova", "Aigerim Bekova"),
    ("Location: Austin, contact Priya Raman for details", "Priya Raman"),
    ("Location: Chidi's office", "Chidi"),
    # review M2/M3 (session 9): the firm frames kept people described as firms; reverted, these stay people
    ("Dr. Aigerim Nurlanova is a provider with 10 years in urgent care.", "Aigerim Nurlanova"),
    ("Wanjiru has been a reliable supplier for three years.", "Wanjiru"),
    ("Siosaia is a personal brand with 50k followers.", "Siosaia"),
    ("Tunde Okafor does not discriminate between candidates.", "Tunde Okafor"),
    ("Location: Lagos, Ngozi Adeyemi", "Ngozi Adeyemi"),
    ("Region: EMEA, Hiroshi Tanaka", "Hiroshi Tanaka"),
    ("Okafor, founded in 2019, is a solo practice.", "Okafor"),
    ("Priya is a one-person company.", "Priya"),
    ("At Siosaia Taufa, we met the team.", "Siosaia Taufa"),
    ("Okafor is an equal partner in the practice.", "Okafor"),
    ("Taufa is headquartered in Leeds these days.", "Taufa"),
    ("Location: Lagos, Jamal Washington", "Jamal Washington"),
    # review M4 (session 9, pre-existing): after "<work word> with" only thing words are a tool
    ("Reviewed the tests with Priya Raman.", "Priya Raman"),
    ("I went through the tests with Ngozi Adeyemi.", "Ngozi Adeyemi"),
    ("Built dashboards with Hiroshi Tanaka last week.", "Hiroshi Tanaka"),
    ("Experience with Jamal Washington on the audit.", "Jamal Washington"),
    ("Built pipelines with Emily Walsh in 2022.", "Emily Walsh"),
    ("Developed the API with Tinashe.", "Tinashe"),
    ("Studied at Universidad de los Andes with Priya Raman.", "Priya Raman"),
    ("Referee: José Luis del Valle, her advisor.", "José Luis Valle"),
    ("Universidad de Chile Ana Ruiz", "Ana Ruiz"),
]


def _batch(texts: list[str]) -> list[str]:
    return [redact(text) for text in texts]


def test_things_in_their_frames_are_kept() -> None:
    wrong = [
        (text, out)
        for (text, words), out in zip(KEPT, _batch([t for t, _ in KEPT]), strict=True)
        if ("[PERSON]" in out and text not in WITH_A_PERSON) or not all(w in out for w in words.split())
    ]
    assert not wrong, wrong


def test_people_in_the_same_frames_are_removed() -> None:
    wrong = [
        (text, out)
        for (text, words), out in zip(GONE, _batch([t for t, _ in GONE]), strict=True)
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out) for w in words.split())
    ]
    assert not wrong, wrong


def test_a_slot_keeps_a_given_named_product_only_where_it_stands() -> None:
    # "gift" is an O*NET product word and a given name: "came from Gift" keeps it there, not in its other mentions
    # (REDACT-NAMES, session 9: the protection spread to "Afterwards Gift mentioned" and "over to Gift").
    out = redact("The intro came from Gift. Afterwards Gift mentioned that Tendai asked good questions.")
    assert "Afterwards [PERSON] mentioned" in out, out

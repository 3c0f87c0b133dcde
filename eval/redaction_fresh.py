"""A fresh check set written for round 2 (origins the lists and the outside tester's set mostly lack).

Names were written by hand from general knowledge of naming customs; none is the outside tester's. Used as a
check of the property "an unknown capitalised word in a person's place is a name", never as a list.
Run: ``python -m eval.redaction_fresh`` (prints recall by origin and by context, and false redactions).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

FRESH: dict[str, list[str]] = {
    "Burmese": ["Thant Zin Oo", "Nyein Chan Aung", "Khin Myat Noe", "Zaw Min Htut", "Ei Phyu Sin"],
    "Lao": ["Bounmy Phommachanh", "Souksavanh Keomany", "Vilayvanh Sisouk", "Khamphet Inthavong"],
    "Tibetan": ["Tenzin Dorjee", "Pema Lhamo", "Ngawang Tsering", "Dolkar Yangzom"],
    "Pashto": ["Zarghuna Stanikzai", "Wahidullah Mangal", "Spogmai Durrani", "Rahmatullah Niazai"],
    "Kurdish": ["Rezan Barzani", "Shilan Hawrami", "Dilovan Zebari", "Berivan Goran"],
    "Berber": ["Tiziri Amazigh", "Massinissa Ouali", "Tanirt Aitouche", "Yuba Ighil"],
    "Wolof": ["Moustapha Ndiaye", "Khady Diouf", "Aliou Mbengue", "Ndeye Gueye"],
    "Fula": ["Hamadou Bah", "Mariama Diallo", "Amadou Sow", "Djenabou Barry"],
    "Shona": ["Tendai Mutasa", "Rutendo Chikowore", "Farai Mudzingwa", "Tatenda Makoni"],
    "Malagasy": ["Andry Rakotomalala", "Voahangy Randrianarisoa", "Fanja Rasoanaivo", "Haja Ravelomanana"],
    "Quechua": ["Illari Quispe", "Wayra Mamani", "Sumaq Huaman", "Kusi Condori"],
    "Aymara": ["Mallku Choque", "Nayra Apaza", "Amaru Ticona", "Inti Limachi"],
    "Inuit": ["Siila Qillaq", "Nuka Kleist", "Aputi Kilabuk", "Ulloriaq Ittukusuk"],
    "Basque": ["Iker Etxeberria", "Ainhoa Goikoetxea", "Unai Zubizarreta", "Nerea Arrizabalaga"],
    "Catalan": ["Jordi Puigdemunt", "Montserrat Vilaseca", "Pere Casadevall", "Nuria Bosch"],
    "Icelandic": ["Gudrun Thorvaldsdottir", "Sigurdur Eggertsson", "Hrafnhildur Jonsdottir", "Bjarki Haraldsson"],
    "Latvian": ["Janis Ozolins", "Ilze Kalnina", "Raimonds Berzins", "Dace Liepina"],
    "Lithuanian": ["Vytautas Kazlauskas", "Rasa Petrauskiene", "Mindaugas Zukauskas", "Egle Vaitkute"],
    "Albanian": ["Arben Hoxha", "Valbona Krasniqi", "Ilir Berisha", "Drita Gashi"],
    "Serbian": ["Dragan Jovanovic", "Milica Stojanovic", "Nemanja Vukovic", "Jelena Radosavljevic"],
    "Bosnian": ["Emir Hadzic", "Amra Mehmedovic", "Kenan Selimovic", "Lejla Begovic"],
    "Tatar": ["Ilnur Gabdrakhmanov", "Alsu Khairullina", "Rinat Zaripov", "Gulnara Mingazova"],
    "Uyghur": ["Ablimit Tursun", "Gulnar Obulqasim", "Memetjan Ablikim", "Mihrigul Tohti"],
    "Tajik": ["Farrukh Rahmonov", "Firuza Sharipova", "Davron Nazarov", "Manizha Davlatova"],
    "Filipino": ["Maricel Dimaculangan", "Jhun Bagatsing", "Liezl Macaraeg", "Rodel Panganiban"],
    "Indonesian": ["Wahyu Setiawan", "Ratna Kusumawati", "Bambang Sulistyo", "Dewi Anggraini"],
    "Thai": ["Kittipong Charoensuk", "Siriporn Thongchai", "Nattapong Srisuk", "Pimchanok Rattanakorn"],
    "Mongolian": ["Bolormaa Ganbold", "Erdenebat Tsogt", "Oyuntsetseg Batbayar", "Temuulen Enkhbold"],
    "Zulu": ["Sifiso Mthembu", "Nomvula Zungu", "Bongani Mkhize", "Zanele Ntuli"],
    "Uzbek": ["Sardor Tursunov", "Dilnoza Yusupova", "Jasur Karimov", "Malika Ergasheva"],
    "Kazakh": ["Nurlan Abenov", "Aizhan Seitkali", "Yerlan Tokayev", "Dana Zhumabekova"],
    "Dutch": ["Joost Hendriks", "Femke Bosman", "Wouter Mulder", "Maaike Verhoeven"],
    "Georgian": ["Levan Chkheidze", "Nino Beridze", "Giorgi Tsiklauri", "Tamar Gogoladze"],
    "Sinhala": ["Chaminda Wickramasinghe", "Dilani Jayasuriya", "Ruwan Senanayake", "Ishara Gunawardena"],
    "Native American": ["Ahanu Whitehorse", "Winona Tallmountain", "Chayton Lonewolf", "Aiyana Redcloud"],
}

CONTEXTS: dict[str, str] = {
    "start": "{full} has five years of experience running analytics for retail.",
    "mid": "The billing rewrite was owned by {full} and landed on time.",
    "possessive": "We read {full}'s design doc before the panel.",
    "with_first": "Pair-programmed with {given} on the ingestion service.",
    "first_verb": "{given} explained the caching trade-offs clearly.",
    "per_surname": "According to {family}, the rollout went smoothly.",
    "per_surname2": "Per {family}, the candidate is ready for a lead role.",
    "last_first": "Candidate: {family}, {given}\nRole: Data Engineer",
    "caps_header": "{FULL}\nPlatform Engineer | Go, Kubernetes",
    "header": "{full}\nToronto, ON\nEXPERIENCE",
    "title": "Ms. {family} chaired the debrief.",
    "thanks": "Thanks, {given}! See you Monday.",
    "referee": "Referee: {full}, VP Engineering at Initech.",
    "hyphen": "{given}-{given2} {family} joined the data team.",
    "cc": "cc {given} {family}",
}

NEGATIVES: list[str] = [
    "Improved throughput by pipelining requests and sharding the index.",
    "Graduated with distinction and with merit in statistics.",
    "Reduced latency by prefetching and memoizing lookups.",
    "Wrote parsers with Lark and templates with Jinja.",
    "Deployed dashboards on Grafana and Metabase.",
    "Moved from Tallinn to Rotterdam for the role.",
    "Worked in Timisoara and Cluj on payments.",
    "Field engineer in Fairbanks, Alaska.",
    "Logistics planner in Gdansk.",
    "Intern at Rakuten, then analyst at Nomura.",
    "Consultant at Accenture and Capgemini.",
    "Built chatbots on Alexa and Bixby.",
    "Trained models with Keras on Kaggle data.",
    "Migrated builds from Maven to Gradle.",
    "Ran experiments on Vertex and SageMaker.",
    "Summarized findings in Confluence and Jira.",
    "Strong in Bayesian inference and Markov chains.",
    "Volunteer tutor at a Brooklyn library.",
    "Regional sales for Heineken in Lagos.",
    "Offers: Stripe, Shopify, Zalando.",
    "Handled onboarding by shadowing seniors.",
    "Dealt with outages by rolling back quickly.",
    "Certified Kubernetes administrator.",
    "Vendor management with Infosys and Wipro.",
    "Worked with Terraform and Pulumi daily.",
]


def _split(full: str) -> tuple[str, str]:
    parts = full.split()
    return parts[0], " ".join(parts[1:])


def cases() -> list[tuple[str, str, str, list[str]]]:
    """(origin, context, text, name words that must be gone)."""
    out = []
    for group, names in FRESH.items():
        for i, full in enumerate(names):
            given, family = _split(full)
            given2 = _split(names[(i + 1) % len(names)])[0]
            values = {"full": full, "FULL": full.upper(), "given": given, "family": family, "given2": given2}
            parts = {p.lower() for p in re.findall(r"[^\W_]+", f"{full} {given2}")}
            for ctx, template in CONTEXTS.items():
                text = template.format(**values)
                out.append((group, ctx, text, [p for p in re.findall(r"[^\W_]+", text) if p.lower() in parts]))
    return out


def main() -> int:
    from memory.redact import Redactor

    redactor = Redactor()
    items = cases()
    outs = redactor.redact_many([c[2] for c in items], [None] * len(items))
    by_group: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_ctx: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for (group, ctx, text, toks), out in zip(items, outs, strict=True):
        for tok in toks:
            gone = re.search(rf"(?<!\w){re.escape(tok)}(?!\w)", out) is None
            for tally in (by_group[group], by_ctx[ctx]):
                tally[0] += gone
                tally[1] += 1
            if not gone:
                fails.append(f"{text!r} -> {out!r}")
    total = sum(t[0] for t in by_group.values()), sum(t[1] for t in by_group.values())
    print(f"recall {total[0] / total[1]:.3f} ({total[0]}/{total[1]})")
    for name, tallies in (("origin", by_group), ("context", by_ctx)):
        print(f"-- by {name}")
        for key, (ok, n) in sorted(tallies.items(), key=lambda kv: kv[1][0] / kv[1][1]):
            print(f"  {key:16} {ok / n:.3f}")
    negs = redactor.redact_many(NEGATIVES, [None] * len(NEGATIVES))
    bad = [(a, b) for a, b in zip(NEGATIVES, negs, strict=True) if "[PERSON]" in b]
    print(f"false redactions {len(bad)}/{len(NEGATIVES)}")
    for a, b in bad:
        print(f"  {a!r} -> {b!r}")
    if "-v" in sys.argv:
        print("\n".join(sorted(set(fails))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

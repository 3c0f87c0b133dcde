"""Round 18's names: third parties of many origins for the classes OUTSIDE16 found kept (:mod:`eval.redaction_round18`).

Written by the NAMES helper in session 18 (02:50 UTC, before any rule of that session) from general knowledge of
naming customs; none was chosen because the redactor kept or removed it, and none is a name of round 17's lists.
The groups weigh what OUTSIDE16 left below 0.95 (given names that are English words, Caribbean names, short given
names of two or three letters) and the origins its classes name (Polynesian, French with diacritics, Indigenous
American, hyphenated names), with other origins and a listed control beside them.
"""

from __future__ import annotations

# Origin group -> (given, family) pairs; even positions are the tune half, odd positions the held-out half.
GROUPS: dict[str, list[tuple[str, str]]] = {
    "English-word given names": [
        ("Harmony", "Ochoa"),
        ("Clover", "Nakamura"),
        ("Destiny", "Appiah"),
        ("Forrest", "Ibekwe"),
        ("Meadow", "Castillo"),
        ("Victory", "Adeyemi"),
        ("Ember", "Lindqvist"),
        ("Blessing", "Okoro"),
    ],
    "two dictionary words": [
        ("Hunter", "Rose"),
        ("Dawn", "Marsh"),
        ("River", "Stone"),
        ("Ivy", "Brook"),
        ("Rusty", "Fisher"),
        ("Star", "Field"),
        ("Storm", "Baker"),
        ("Crystal", "Bell"),
    ],
    "Caribbean": [
        ("Kemar", "Blackwood"),
        ("Shanique", "Gordon"),
        ("Odane", "Chambers"),
        ("Tishana", "Ramdial"),
        ("Rushane", "Bailey"),
        ("Sashoy", "McFarlane"),
        ("Jovan", "Maharaj"),
        ("Kerone", "Persaud"),
    ],
    "short given names": [
        ("Bo", "Lindgren"),
        ("Ife", "Adewale"),
        ("Ty", "Whitfield"),
        ("Oli", "Sorensen"),
        ("Eun", "Baek"),
        ("Abu", "Kamara"),
        ("Jo", "Pennington"),
        ("Uzo", "Obi"),
    ],
    "Polynesian": [
        ("Tavita", "Leota"),
        ("Malia", "Fonoti"),
        ("Kealoha", "Kahananui"),
        ("Sefo", "Tuilagi"),
        ("Hina", "Teriierooiterai"),
        ("Manaia", "Faleolo"),
        ("Keoni", "Akana"),
        ("Leilani", "Kaleikini"),
    ],
    "French with diacritics": [
        ("Anaïs", "Lefèvre"),
        ("Gaël", "Bérubé"),
        ("Maëlle", "Géraud"),
        ("Loïc", "Ménard"),
        ("Zoé", "Beaulieu"),
        ("Jérôme", "Deschênes"),
        ("Hélène", "Thériault"),
        ("Noël", "Côté"),
    ],
    "Indigenous American": [
        ("Ahanu", "Tsosie"),
        ("Nayeli", "Begay"),
        ("Tokala", "Yazzie"),
        ("Aiyana", "Redhorse"),
        ("Chayton", "Benally"),
        ("Winona", "Tohee"),
        ("Takoda", "Nez"),
        ("Kimimela", "Harjo"),
    ],
    "hyphenated given names": [
        ("Kerry-Ann", "Forbes"),
        ("Ji-Woo", "Hwang"),
        ("Anne-Sophie", "Marchand"),
        ("Hye-Jin", "Seo"),
        ("Jean-Marc", "Dubois"),
        ("Mary-Jo", "Kowalczyk"),
        ("Seung-Hoon", "Yoo"),
        ("Marie-Ève", "Gagnon"),
    ],
    "hyphenated and word family names": [
        ("Nadia", "Carpenter-Hughes"),
        ("Tomas", "Fletcher"),
        ("Ingrid", "Ortiz-Ramos"),
        ("Yusuf", "Mason"),
        ("Greta", "Weaver-Stone"),
        ("Kofi", "Porter"),
        ("Lucia", "Navarro-Vidal"),
        ("Dmitri", "Cook"),
    ],
    "East African": [
        ("Wanjiru", "Kamau"),
        ("Abebe", "Tesfaye"),
        ("Achieng", "Otieno"),
        ("Mulugeta", "Haile"),
        ("Nakato", "Ssempala"),
        ("Baraka", "Mwangi"),
        ("Amani", "Kiprono"),
        ("Selam", "Gebremedhin"),
    ],
    "South and Central Asian": [
        ("Dilnoza", "Karimova"),
        ("Tenzin", "Dorje"),
        ("Sabitha", "Nair"),
        ("Bilal", "Chaudhry"),
        ("Anjali", "Deshpande"),
        ("Nodir", "Yusupov"),
        ("Roshni", "Bhattacharya"),
        ("Farhan", "Siddiqui"),
    ],
    "listed control": [
        ("Emily", "Johnson"),
        ("Michael", "Brown"),
        ("Sarah", "Miller"),
        ("David", "Wilson"),
        ("Jessica", "Taylor"),
        ("James", "Anderson"),
        ("Laura", "Thomas"),
        ("Robert", "Moore"),
    ],
}

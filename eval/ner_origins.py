"""Name shapes and origins the Faker locales and the shared lists lack, for the person tagger's training pools
(:mod:`eval.ner_names`).

Written for this purpose from general knowledge of naming customs (session 10), not from any evaluation or
test file; :func:`eval.ner_names.excluded` still removes every word written in those files, so a name here
that an evaluation also uses is never trained on. The origins are those the blind checks found weakest
(OUTSIDE8's classes, by kind only): Hmong, Burmese, Mongolian compound given names, Shona and Zambian names,
Tongan and Samoan names, Maghrebi compound given names, and family names with particles ("van 't", "de la").
"""

from __future__ import annotations

from eval.ner_names import Pool, items

# Hmong: clan surnames (several of them short or ordinary words) and short given names.
HMONG = Pool(
    items("Pa Xee Nou Tou Kou Yer Chue Fue Ka Shoua Blia Pheng Txawj Neng Lue Yeng Choua Houa Npauj Tswv"),
    items("Vang Xiong Thao Yang Moua Lor Vue Hang Cha Khang Kue Chang Hue Xiong Yaj Tsab Vaj Thoj"),
)
# Burmese names have no family name: every word is personal, and short syllables ("Aung", "Zaw") are common.
BURMESE = Pool(
    items("Aung Kyaw Thant Zaw Htet Myint Thein Hla Soe Naing Khin Nyein Thida Zin Phyu Ei Thiri Wai Yadanar Htoo"),
    items("Oo Tun Win Lwin Maung Hlaing Thu Kyi Myat Paing Min Sithu Nanda Yee Mon Khaing Shwe Phyo Lin"),
)
# Mongolian: compound given names joined by a hyphen, a patronymic before them.
MONGOLIAN = Pool(
    items(
        "Bat-Erdene Munkh-Ochir Oyun-Erdene Gan-Ochir Tumen-Ulzii Erdene-Bat Bold-Erdene Ulzii-Orshikh "
        "Altantsetseg Enkhjargal Bolormaa Narantsetseg Gantulga Davaadorj Tserendorj Batbayar Sarangerel Khulan"
    ),
    items("Ganbold Batsaikhan Dorjsuren Purevdorj Lkhagvasuren Tsogbadrakh Byambasuren Sukhbat Damdin Jargal"),
)
# Shona, Ndebele, Bemba and Nyanja: given names that are often phrases, family names that are short words.
ZIMBABWE_ZAMBIA = Pool(
    items(
        "Tendai Tatenda Farai Chipo Nyasha Rutendo Tinashe Kudakwashe Tafadzwa Rumbidzai Mwansa Chanda Mulenga "
        "Bwalya Chilufya Mutale Takudzwa Ruvimbo Tawanda Mazvita Nandi Thandiwe Chisomo Natasha"
    ),
    items("Moyo Ncube Dube Sibanda Chikwanha Banda Phiri Mwale Tembo Lungu Mumba Mutasa Nyathi Gumbo Mwanza Sakala"),
)
# Tongan and Samoan: biblical names in Tongan spelling, long family names.
PACIFIC = Pool(
    items("Sione Viliami Mele Losaline Tevita Semisi Ana Lavinia Feleti Pita Salote Tupou Sefo Iosefa Malia Lupe"),
    items("Taufa Fifita Havili Latu Tonga Vaipulu Mahe Tuipulotu Faleafa Leota Tuilagi Sapolu Fonoti Aumua"),
)
# Maghrebi given names joined by a hyphen, and family names with their article.
MAGHREB = Pool(
    items(
        "Fatima-Ezzahra Mohamed-Amine Abdel-Karim Nour-Eddine Salah-Eddine Khadija Zineb Soufiane Youssef Imane "
        "Hamza Meryem Anass Ilyas Chaimae Oussama Houda"
    ),
    items("El Idrissi|Benjelloun|El Amrani|Bennani|Alaoui|Tazi|Berrada|El Fassi|Ouazzani|Chraibi|Lahlou|Bensaid"),
)
EXTRA_ORIGINS = {
    "hmong": HMONG,
    "burmese": BURMESE,
    "mongolian": MONGOLIAN,
    "zimbabwe-zambia": ZIMBABWE_ZAMBIA,
    "pacific": PACIFIC,
    "maghreb": MAGHREB,
}

# Particles before a family name, kept with it as one name ("van 't Hof", "de la Cruz", "bin Ismail").
PARTICLES = items(
    "van|van der|van den|van de|van 't|van 's|in 't|ter|ten|de|de la|del|della|di|da|dos|von|zu|le|la|"
    "al-|el-|bin|ibn|ap|Mac|O'"
)

"""More name origins for the person tagger's training pools (session 14), written by hand.

OUTSIDE12's findings (its classes in words only, never its names or texts) list the origins whose lone given
names the redactor kept most: Bengali, Southern and East African, Indonesian/Malay, Thai/Lao/Khmer, Chinese and
hyphenated Korean given names, names that are English words, two-letter names and mononyms. Faker has no
romanised names for most of them (its bn_BD, th_TH and ta_IN locales write native scripts), so they are written
here from general knowledge of naming customs. :func:`eval.ner_names.excluded` still removes every word our
evaluation and test files write, so a name here that an evaluation also uses is never trained on; the tests'
origins (``TEST_LOCALES``: Icelandic, Latvian, Uzbek, Thai-in-English) are left out on purpose.
"""

from __future__ import annotations

from eval.ner_names import Pool, items

BENGALI = Pool(
    items(
        "Anik Arnab Ayan Debashis Dipankar Fahim Farhana Ishrat Joydeep Kakoli Mahfuz Moushumi Nabila Nusrat Papiya "
        "Prosenjit Rafiq Rituparna Sabbir Sayantani Shakil Shampa Sharmin Sourav Subrata Sudipta Tahmina Tanvir "
        "Trisha Zubair Anindita Shubho Tonmoy Rumana Shuvo Mithila Apurba Emon Jhuma Kallol"
    ),
    items(
        "Chowdhury Bhattacharya Mukherjee Chakraborty Haque Rahman Sarkar Majumder Talukder Bhuiyan Mondal Sikder "
        "Khatun Begum Ganguly Banerjee Dasgupta Roychowdhury Hossain Akter Mridha Howlader Biswas Saha Paul"
    ),
)
INDONESIAN_MALAY = Pool(
    items(
        "Agus Bambang Dewi Endang Fitri Gilang Hendra Indah Joko Kurniawan Lestari Made Nyoman Ketut Putu Rizky "
        "Siti Sri Taufik Wahyu Yusuf Zulkifli Aisyah Azlan Farah Hafiz Izzati Nurul Syafiq Wan Amirul Puteri Haziq "
        "Ayu Bayu Citra Eko Galih Intan Yoga Sekar Ratna Adi Tri Dwi Rahmat"
    ),
    items(
        "Santoso|Wijaya|Hidayat|Saputra|Kusuma|Pratama|Nugroho|Setiawan|Gunawan|Hakim|Siregar|Nasution|Harahap|"
        "Simanjuntak|Lubis|Sitompul|bin Ahmad|binti Yusof|Abdullah|Ismail|Rahim|Othman|Salleh|Razak|Hamzah|Manurung"
    ),
)
THAI_LAO_KHMER = Pool(
    items(
        "Somchai Somsak Supaporn Wanida Nattapong Kittipong Siriporn Pornthip Chaiwat Anong Kanya Thongchai "
        "Ratana Sombat Boonmee Noi Lek Nok Ploy Fon Bee Khamla Souksavanh Vilayvanh Bounmy Phonesavanh Keo "
        "Sokha Sopheap Dara Chantha Vuthy Sreymom Bopha Rithy Sovann Pisey Sothea Veasna"
    ),
    items(
        "Srisuk Wongsawat Chaiyaporn Rattanakorn Suksawat Boonyarat Thongdee Kaewmanee Phommachanh Sisavath "
        "Vongsavanh Keomany Sayavong Chanthavong Sok Chea Heng Meas Prak Chhim Sorn Pen Sam Kong Ouk"
    ),
)
FILIPINO = Pool(
    items(
        "Jericho Mylene Rhea Jomar Kristine Marites Rodel Jonalyn Arnel Maricel Jun-jun Bong Dindo Lovely Princess "
        "Joy Cherry Rowena Ramil Jhun Rhodora Analyn Girlie Nenita Rizalina Mark Dennis Aileen Liezel Jayson"
    ),
    items(
        "Dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza|Aquino|Macapagal|Dimaculangan|Pangilinan|Magsaysay|"
        "Batungbakal|Mangubat|Lacson|Sison|Tolentino|Manalo|Dizon|Soriano|Galang|Pascual|Ocampo|Salonga|Bernardo"
    ),
)
TAMIL = Pool(
    items(
        "Senthil Karthik Murugan Thamarai Kayal Anbu Selvi Arivu Ilango Kumaran Meenakshi Nandhini Saravanan "
        "Thilak Vetri Yazhini Bharathi Elango Kavitha Malar Sudhar Tamilselvan Ezhil Mathivanan Poongodi Sendhil"
    ),
    items(
        "Subramaniam Ramasamy Krishnasamy Palanisamy Arumugam Chinnasamy Velusamy Sundaram Ganesan Rajendran "
        "Annamalai Natarajan Pillai Thevar Shanmugam Muthusamy Kandasamy Kuppusamy Ponnusamy Sivakumar"
    ),
)
CENTRAL_ASIAN = Pool(
    items(
        "Aigerim Askar Nurlan Dinara Yerlan Zhanar Aizhan Bakyt Gulnara Kanat Madina Nursultan Saule Timur Zarina "
        "Aibek Chynara Mirlan Nazgul Bermet Tilek Farrukh Parvina Rustam Shahnoza Dilnoza Firuz Manizha Sardor"
    ),
    items(
        "Abenov Dzhaksybekov Nurmagambetov Seitkali Tokayeva Zhumabayev Akmatov Bakirova Isakov Osmonaliev "
        "Sadykova Rahmonov Nazarova Karimzoda Sharipov Davlatov Kasymov Baimukhamedov Omarova Yesenova"
    ),
)
SOUTHERN_AFRICAN = Pool(
    items(
        "Sipho Thabo Lerato Naledi Kagiso Mpho Palesa Tumelo Zanele Lindiwe Ayanda Siyabonga Nomvula Lwandle "
        "Bongani Refilwe Katlego Dineo Onalenna Masego Keabetswe Tshepo Lebo Khanyisile Sizwe Unathi Xolani Zodwa"
    ),
    items(
        "Ndlovu Mokoena Nkosi Dlamini Khumalo Molefe Mahlangu Mthembu Radebe Sithole Modise Motaung Mabuza "
        "Masilela Tshabalala Zwane Mashaba Kgosana Mokwena Seleka Ramaphosa Ntuli Mkhize Shabalala"
    ),
)
EAST_AFRICAN = Pool(
    items(
        "Wanjiru Kamau Njeri Otieno Achieng Wekesa Nyambura Kiprono Chebet Jepkosgei Akinyi Omondi Mumbua Baraka "
        "Neema Rehema Juma Zawadi Tumaini Abebe Tigist Selam Yonas Dawit Hiwot Liya Mekdes Hodan Abdi Faisa "
        "Mugisha Nshuti Uwase Kato Nakato Babirye Mukasa Ssali Amani"
    ),
    items(
        "Mwangi Kariuki Ochieng Odhiambo Kiplagat Mutua Wambui Njoroge Onyango Kimani Tesfaye Bekele Haile Girma "
        "Alemu Warsame Farah Nsubuga Mugabe Habimana Niyonzima Museveni Kagame Mbaraka Msuya Kikwete Mrisho"
    ),
)
PACIFIC_MAORI = Pool(
    items(
        "Aroha Manaia Tama Hemi Rangi Wiremu Mere Anahera Ngaio Tui Kahu Nikau Ataahua Hine Rawiri Tane Moana "
        "Kainoa Keola Leilani Noelani Makana Kalani Mahina Iokepa Losana Mereoni Seru Apisai Vilisi"
    ),
    items(
        "Ngata|Parata|Tapsell|Te Whata|Tawhiri|Horomona|Te Rangi|Kahananui|Kealoha|Kamakau|Akana|Nakamura|"
        "Rabuka|Nailatikau|Tuisawau|Vunipola|Ratuvou|Waqa|Naivalu"
    ),
)
NATIVE_AMERICAN = Pool(
    items(
        "Ahanu Aiyana Chenoa Dyani Elan Halona Kai Kimi Lomasi Mika Nita Onawa Sakari Tahoma Tayen Wapi Winona "
        "Yazhi Nizhoni Doli Ayasha Hania Kele Macawi"
    ),
    items(
        "Begay Yazzie Tsosie Benally Nez Etsitty Harjo Deloria Tallchief Littlewolf Roanhorse Whitehorse "
        "Manygoats Bitsui Cornsilk Haskie Peshlakai Attakai Skenandore Goldtooth"
    ),
)
FINNISH_BALTIC = Pool(
    items(
        "Aino Eetu Ilkka Jaana Kalle Leevi Lotta Mikko Noora Oskari Pirjo Riikka Sampo Tuula Vilho Aapo Elina "
        "Kadri Mart Tiit Triin Kaja Priit Jurgita Rimas Vaidas Egle Ruta Dainius Saulius Aurelija"
    ),
    items(
        "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laaksonen Heikkinen Koskinen Järvinen Tamm Saar Sepp "
        "Mägi Kask Rebane Ilves Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Paulauskas"
    ),
)
DUTCH_FLEMISH = Pool(
    items(
        "Joost Bram Femke Sanne Maarten Wouter Lieke Thijs Sven Anouk Jelle Marieke Koen Wim Ilse Geert Lotte "
        "Bart Hanneke Ruud Joris Mieke Stijn Sofie Tineke Pieter Griet Wannes"
    ),
    items(
        "van Dijk|de Vries|van den Berg|Bakker|Visser|Smits|Meijer|de Boer|Mulder|Vermeulen|Peeters|Maes|Claes|"
        "Goossens|Wouters|De Smet|Vandenbroucke|Verhoeven|Hermans|Willems|Van Damme|Dewulf|Timmermans"
    ),
)
# Korean given names are two syllables joined by a hyphen or written as one word; Chinese given names in pinyin,
# often two syllables written as one word. OUTSIDE12 found both kept when they stand alone.
KOREAN_CHINESE = Pool(
    items(
        "Seo-yeon Ji-hoon Min-jun Ha-eun Do-yoon Su-bin Ye-jin Hyun-woo Jae-won Seung-min Eun-ji Dong-hyun "
        "Jiwoo Minseo Yejun Haneul Sungmin Jiyeon Xiaoming Jiahui Yuting Zihan Haoran Xinyi Ruoxi Zhiwei Jingyi "
        "Mingyu Yichen Shuhan Wenjie Qianyu Tianyi Yufei Boyang Jiaxin Siyu Kaiwen"
    ),
    items(
        "Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Jeon Hong Zhang Wang Chen Zhao "
        "Zhou Xu Sun Ma Zhu Hu Guo He Gao Luo Zheng Liang Xie Tang Feng Deng"
    ),
)
# Given and family names that are ordinary English words; the pool the rules cannot decide by list.
ENGLISH_WORD = Pool(
    items(
        "Hope Grace Will Sunny Bo Rose Joy Faith Dawn Hunter Chase Skye River Autumn Summer Honor Ivy Iris Jade "
        "Ruby Pearl Amber Crystal Hazel Blaze Reed Ray Rusty Sky Storm Star Wren Lark Robin Sage Clay Dale Glen "
        "Heath Mercy Patience Verity Harmony Melody Destiny Journey Haven Justice Royal King Prince Ace Major"
    ),
    items(
        "Young Strong Moon Bird Stone Fox Wolf Love Best Bell Hill Rivers Long Little Small Rich Sharp Swift "
        "Wise Bright Sweet Gold Silver Steel Frost Snow Winter Field Brook Lake Wood Marsh Rice Cook Baker Hunt "
        "Park Lamb Crow Hawk Root Branch Page Street Bush Bond Cash Power Rock Sun Day Law"
    ),
)
# Two-letter given names and family names (Korean, Chinese, Vietnamese, English short forms); the lists and the
# rules cannot decide them, and session 10's retrain lost recall on short Chinese/Korean names.
TWO_LETTER = Pool(
    items("Bo Jo Al Ed Di Ty Ky Zo Ai An Ha Ji Yu Xi Mo Su Ye Ra Ri Ze Ro Vy Mi Lu Ki Io"),
    items("Ng Oh Im Vu Do Ly Ho Ko Ma Wu Hu Yi Ou Lo Ip Au Ra Ha Le Yu Ji Ye"),
)
# Mononyms: people known by one name (Javanese, Burmese, Afghan and Ethiopian usage, artists' single names).
MONONYMS = Pool(
    items(
        "Sukarno Suharti Wahyudi Sumarni Sutrisno Mulyadi Supriyadi Sulastri Parjo Tukiyem Haryanto Purwanto "
        "Warsini Ngatini Samsudin Mursid Rohadi Jumadi Kasmini Painem"
    ),
    items(
        "Sukarno Suharti Wahyudi Sumarni Sutrisno Mulyadi Supriyadi Sulastri Parjo Tukiyem Haryanto Purwanto "
        "Warsini Ngatini Samsudin Mursid Rohadi Jumadi Kasmini Painem"
    ),
)
MORE_ORIGINS = {
    "bengali": BENGALI,
    "indonesian-malay": INDONESIAN_MALAY,
    "thai-lao-khmer": THAI_LAO_KHMER,
    "filipino": FILIPINO,
    "tamil": TAMIL,
    "central-asian": CENTRAL_ASIAN,
    "southern-african": SOUTHERN_AFRICAN,
    "east-african": EAST_AFRICAN,
    "pacific-maori": PACIFIC_MAORI,
    "native-american": NATIVE_AMERICAN,
    "finnish-baltic": FINNISH_BALTIC,
    "dutch-flemish": DUTCH_FLEMISH,
    "korean-chinese": KOREAN_CHINESE,
    "english-word": ENGLISH_WORD,
    "two-letter": TWO_LETTER,
    "mononym": MONONYMS,
}
# The origins an N1 slot (eval.ner_frames_n1) draws its lone name from most often.
N1_ORIGINS = tuple(MORE_ORIGINS)

"""Names of origins the US lists under-represent, written down by hand for the redaction evaluation.

Each group lists given and family names as commonly romanised in English-language resumes. Half of every
list (chosen by a hash of the name, never by hand) is a held-out test split: it is never added to the
redactor's name lists, so the evaluation reports how the redactor does on names it has not seen.
The tune half may be added to ``memory/redact_data`` by ``python -m eval.redaction_lists``.
"""

from __future__ import annotations

import hashlib

# group -> (given names, family names)
ORIGINS: dict[str, tuple[str, str]] = {
    "indian": (
        "Priya Aarav Ananya Siddharth Lakshmi Venkatesh Deepika Rohan Sanjay Kavya Arjun Meenakshi Rahul Sunita "
        "Vikram Aishwarya Harish Divya Karthik Nandini Pradeep Shreya Ramesh Anjali Gopal Swati Abhishek Pooja "
        "Srinivas Bhavana Manoj Sneha Raghav Ishaan Tejaswini Suresh Nikhil Lavanya Aditi Mahesh",
        "Raghunathan Sharma Iyer Patel Reddy Subramanian Chatterjee Nair Krishnamurthy Gupta Venkataraman "
        "Banerjee Pillai Deshpande Mukherjee Agarwal Menon Rao Kulkarni Bhattacharya Chandrasekhar Joshi "
        "Srinivasan Malhotra Ganguly Naidu Ramaswamy Kapoor Sundaram Trivedi",
    ),
    "nigerian": (
        "Oluwaseun Chidubem Ngozi Adebayo Chiamaka Emeka Folasade Obinna Yetunde Chinedu Funmilayo Ikechukwu "
        "Adaeze Olumide Temitope Uchenna Blessing Babatunde Nneka Oluwadamilare Aisha Tunde Ifeoma Segun "
        "Chinonso Abiodun Ebere Kehinde Nkechi Oluwatobi Zainab Chukwuemeka Titilayo Femi Amaka Ayodele",
        "Balogun Okonkwo Adeyemi Eze Okafor Nwosu Adebayo Obi Oyelaran Chukwu Olawale Nwachukwu Ogunleye "
        "Babatunde Okeke Adeleke Onyekachi Uzoma Afolabi Ibekwe Oladipo Nnamdi Ogbonna Akinola Ezeh Onuoha "
        "Adewale Okoro Bello Danjuma",
    ),
    "japanese": (
        "Hiroshi Yuki Takeshi Sakura Kenji Aiko Haruto Yui Daisuke Emi Kazuki Naoko Ryota Mei Shota Akiko "
        "Tomoko Yusuke Hanako Takumi Miyu Koji Ayumi Satoshi Kaori Ren Haruka Makoto Rina Sho",
        "Watanabe Tanaka Suzuki Takahashi Yamamoto Nakamura Kobayashi Sato Ito Yoshida Yamada Sasaki "
        "Matsumoto Inoue Kimura Hayashi Shimizu Yamaguchi Morita Ishikawa Fujita Okada Hasegawa Nishimura "
        "Kondo Ogawa Aoki Murakami",
    ),
    "russian": (
        "Dmitri Ekaterina Sergei Anastasia Alexei Natalia Mikhail Svetlana Vladimir Olga Yuri Tatiana Igor "
        "Irina Nikolai Ludmila Andrei Galina Pavel Oksana Boris Yelena Konstantin Daria Vasily Polina Grigory "
        "Ksenia Stanislav Yevgenia",
        "Volkov Ivanova Smirnov Kuznetsova Popov Sokolov Lebedev Kozlova Novikov Morozov Petrov Volkova "
        "Solovyov Vasiliev Zaitsev Pavlova Semenov Golubev Vinogradov Bogdanova Vorobyov Fyodorov "
        "Mikhailova Belyaev Tarasov Belov Komarova Orlov Kiselyov Makarova",
    ),
    "chinese": (
        "Xiaoming Wei Jing Hao Yan Jun Li Ming Xin Lei Fang Qiang Ying Tao Hui Jie Xiu Bo Lan Chen Zhen Yun "
        "Peng Xiaoling Zhiwei Meiling Jianguo Yifan Ruolan Zihan",
        "Zhang Wang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song "
        "Tang Han Feng Deng Cao Peng Zeng",
    ),
    "arabic": (
        "Mohammed Fatima Ahmed Layla Omar Yasmin Khalid Noor Tariq Amira Hassan Rania Youssef Salma Karim "
        "Huda Ibrahim Mariam Mustafa Dalia Samir Reem Walid Leila Bilal Hana Faisal Nadia Hamza Aaliyah",
        "Al-Hassan Haddad Khoury Mansour Saleh Nasser Abdullah Hamdan Farah Aziz Rahman Qureshi Haddadin "
        "Al-Farsi Shaheen Darwish Hijazi Barakat Jaber Khalil Suleiman Tahan Najjar Awad Sabbagh El-Amin "
        "Bakr Zaidi Habib Ibrahim",
    ),
    "korean": (
        "Ji-hoon Min-jun Seo-yeon Jae-won Hye-jin Sung-min Eun-ji Dong-hyun Soo-jin Young-ho Ji-woo Hyun-woo "
        "Minji Jisoo Seojun Jiwon Yuna Taeyang Haeun Doyoon Sora Joon Hana Minseo Kyung Seung Hyejin Jinho",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko "
        "Moon Yang Son Bae Baek Heo Nam",
    ),
    "vietnamese": (
        "Minh Anh Linh Huong Thanh Tuan Lan Dung Hoa Quang Ngoc Phuong Trang Duc Hieu Thao Khanh Vy Long Mai "
        "Hung Nhung Trung Bich Thuy Dat Loan Tam Hai Quynh",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Trinh Mai "
        "Luong Cao Ha Ta Doan Vuong Thai Quach Chau",
    ),
    "hispanic": (
        "Alejandro Guadalupe Jose Maria Juan Carmen Luis Rosa Carlos Ana Jorge Lucia Miguel Elena Javier "
        "Sofia Francisco Ximena Santiago Valentina Diego Paola Rodrigo Marisol Eduardo Yesenia Ricardo "
        "Araceli Fernando Itzel",
        "de la Cruz Hernandez Garcia Martinez Rodriguez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores "
        "Rivera Gomez Diaz Morales Reyes Gutierrez Ortiz Chavez Ruiz Jimenez Mendoza Alvarez Castillo "
        "Romero Vargas Herrera Medina Aguilar",
    ),
    "ghanaian_east_african": (
        "Kwame Akosua Kofi Abena Yaw Ama Kwabena Adwoa Kojo Efua Wanjiru Kamau Njeri Otieno Akinyi Wanjiku "
        "Mwangi Achieng Baraka Zawadi Tesfaye Selam Abebe Meron Dawit Hirut Yonas Lemlem Eniola Nana",
        "Mensah Asante Owusu Boateng Osei Appiah Agyeman Ofori Amoah Darko Kariuki Mutua Ochieng Wambui "
        "Kiprop Njoroge Odhiambo Chebet Tadesse Bekele Haile Girma Alemu Tesfaye Yeboah Acheampong Nkrumah "
        "Adjei Opoku Gyamfi",
    ),
    "native_american": (
        "Aponi Ahanu Chenoa Dakota Elu Halona Istas Kele Kiona Lomasi Makya Nayeli Onawa Sakari Takoda "
        "Tayanita Wahkan Winona Yazhi Ayita Catori Hakan Kanti Nita Sahkyo Tiva Wapi Aiyana Enola",
        "Acothley Begay Yazzie Benally Tsosie Nez Etsitty Lente Attakai Harjo Tallchief Redcloud Littlefeather "
        "Whitehorse Runningwater Deschenie Lasiloo Cornsilk Bowannie Tohee Kingbird Grasshopper Yellowhair "
        "Bitsui Manygoats Chee Nakai Claw Peshlakai Secatero",
    ),
    "turkish_persian": (
        "Emre Elif Mehmet Zeynep Burak Ayse Cem Ebru Kerem Selin Arash Shirin Reza Parisa Dariush Leyla "
        "Farhad Nasrin Kaveh Mahsa Omid Roya Babak Golnar Murat Deniz Serkan Esra Hakan Neda",
        "Yilmaz Kaya Demir Sahin Celik Yildiz Aydin Ozturk Arslan Dogan Kilic Aslan Cetin Kurt Ozdemir "
        "Tehrani Hosseini Ahmadi Karimi Moradi Rezaei Jafari Mohammadi Rahimi Sadeghi Kazemi Ghorbani "
        "Esfahani Shirazi Farahani",
    ),
}


def split_of(name: str) -> str:
    """ "test" or "tune", by a hash of the lower-cased name: half of every list is held out."""
    digest = hashlib.sha256(name.lower().encode()).digest()
    return "test" if digest[0] % 2 else "tune"


def origin_names(split: str | None = None) -> dict[str, tuple[list[str], list[str]]]:
    """Given and family names per group, optionally one split only.

    >>> sorted(origin_names())[:2]
    ['arabic', 'chinese']
    """
    out: dict[str, tuple[list[str], list[str]]] = {}
    for group, (given, family) in ORIGINS.items():
        families = _family_names(family)
        givens = given.split()
        if split is not None:
            givens = [g for g in givens if split_of(g) == split]
            families = [f for f in families if split_of(f) == split]
        out[group] = (givens, families)
    return out


def _family_names(text: str) -> list[str]:
    # "de la Cruz" is one family name; everything else is one word each.
    words = text.split()
    out: list[str] = []
    index = 0
    while index < len(words):
        if words[index] in ("de", "la", "van", "von", "del", "al"):
            end = index
            while words[end] in ("de", "la", "van", "von", "del", "al"):
                end += 1
            out.append(" ".join(words[index : end + 1]))
            index = end + 1
        else:
            out.append(words[index])
            index += 1
    return out

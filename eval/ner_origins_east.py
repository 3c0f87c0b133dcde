"""East Asian names built from syllables, for the person tagger's training pools (session 15).

Session 14's retrain lost recall on short Chinese and Korean names (round 5 held out, as in session 10) and
OUTSIDE13 finds family-first East Asian and two-letter names below 0.95. The cause is in the data: ``excluded()``
removes every name word our evaluation files write, and those files hold most common short surnames and given
syllables, so session 14's hand-written Korean/Chinese pool lost every family name (the whole origin dropped out
of ``pools``) and the two-letter pool kept eight syllables ("Im", "Ou", "Ki"...). Training then held about 4,000
short person spans against 2,300 short acronyms and look-alikes (``TA``, ``HR``, ``FYI``) in the same slots: a
short capitalised word in a name slot read as "not a person".

Here names are composed from the syllable inventories of Mandarin pinyin, Cantonese (Hong Kong spellings),
Korean (Revised Romanisation) and Vietnamese, not written by hand: the inventories are large enough that many
syllables survive the exclusion, which :func:`eval.ner_names.pools` still applies word by word. Given names are
one syllable, two joined ("Xinrui"), hyphenated ("Seo-jun") or, for Cantonese and Vietnamese, two words.
"""

from __future__ import annotations

import random

from eval.ner_names import Pool, items

# Pinyin syllables without tone marks; the family list is the common one-syllable surnames' spellings.
PINYIN = items(
    "ai an ang ao ba bai ban bang bao bei ben bi bian biao bin bo bu cai can cang cao ce cen chai chan chang chao "
    "chen cheng chi chong chou chu chuan chun ci cong cui cun da dai dan dang dao de deng di dian diao ding dong "
    "dou du duan dui dun duo e en er fa fan fang fei fen feng fu gai gan gang gao ge gen geng gong gou gu gua guan "
    "guang gui guo hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang "
    "jiao jie jin jing jiong jiu ju juan jue jun kai kan kang ke ken kong kou ku kuan kuang kun kuo lai lan lang "
    "lao le lei leng li lian liang liao lie lin ling liu long lou lu luan lun luo lv ma mai man mang mao mei men "
    "meng mi mian miao min ming mo mou mu na nai nan nao ni nian niang nie ning niu nong nuo ou pan pei peng pi "
    "pin ping po pu qi qian qiang qiao qin qing qiong qiu qu quan que qun ran rang rao ren rong rou ru ruan rui "
    "run ruo sa sai san sang sen seng shan shang shao she shen sheng shi shou shu shuang shui shun shuo si song "
    "su sui sun suo tai tan tang tao teng ti tian tiao ting tong tou tu tuan tui tuo wa wan wang wei wen weng wo "
    "wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu "
    "yuan yue yun za zai zan zang zao ze zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhuang "
    "zhuo zi zong zou zu zuo"
)
PINYIN_FAMILY = items(
    "bai bao bi bian cai cao cen chang chen cheng chi cui dai deng ding dong du duan fan fang fei feng fu gao ge "
    "geng gong gu guan guo han hao he hong hou hu hua huang ji jia jiang jin kang kong lai lan lei li lian liang "
    "liao lin liu long lou lu luo lv ma mao meng miao mo mu ni nie ning niu ou pan pang pei peng qi qian qiao qin "
    "qiu qu ren rong ruan shao shen shi song su sun tan tang tao tian tong wan wang wei wen wu xia xiang xiao xie "
    "xin xiong xu xue yan yang yao ye yi yin yu yuan yue yun zeng zhai zhan zhang zhao zheng zhong zhou zhu zhuang "
    "zou"
)
# Hong Kong (Cantonese) spellings: many are two or three letters ("Ng", "Ip", "Lo").
CANTONESE = items(
    "ah chi chin ching chiu chun chung fai fan fat fong fu fung hei hin hing ho hoi hon hung ka kai kam kin king "
    "kit kiu ko kong kwan kwok kwong lai lam lap lau lok lun man mei ming mo mui nam ngai ngan on pak po pui sai "
    "sam san sau shan shek shing shu sin sing siu suk sum sze tak tim ting to tsz tung wah wai wan wing wun yan "
    "yat yau yee yi yim yin ying yip yiu yuen yuet yuk"
)
CANTONESE_FAMILY = items(
    "au chan chau cheng cheung chiu choi chow chu chung fok fong fung ho hui ip kam kan ko kok kwan kwok kwong "
    "lai lam lau law lee leung li lo lok lui luk lum mak man mok ng poon shek sin siu so tai tam tang tong tsang "
    "tse tsoi tsui tung wai wan wong wu yau yeung yim yip yu yuen"
)
# Korean syllables (Revised Romanisation) that given names are made of, and family names.
KOREAN = items(
    "a ae bin bo bok byeong chae chan cheol dae do dong eun gi gil geon gyu ha hae han hee ho hoon hun hwa hwan "
    "hye hyeon hyo hyuk hyun in ja jae jeong ji jin jo ju jun jung ki kyung man mi min mun myung na nam o ra "
    "ri rin sang se seo seok seon seong seung so sol su suk sun sung tae u un won woo wook ye yeon yeong yo yong "
    "yu yun"
)
KOREAN_FAMILY = items(
    "ahn bae baek byun cha chae cheon cho choi chu do gong gu ha han heo hong hwang im jang jeon jeong ji jin jo "
    "ju jung kang ki kim ko koo kwak kwon lee lim min moon na nam noh oh paik pyo ryu seo seol seong shim shin "
    "so son song suh sung tak uhm won woo yang yeo yoo yoon yu"
)
# Vietnamese given syllables (without diacritics, as many English-language files write them) and family names.
VIETNAMESE = items(
    "an anh bao binh chau chi cuong dat dung duc duy giang ha hai hanh hau hien hieu hoa hoang hong hung huong "
    "huy khanh khoa kim lam lan linh loan long mai minh my nam nga ngoc nhi nhung phong phuc phuong quan quang "
    "quoc quyen son tam tan thanh thao thi thu thuy tien trang tri trinh trung tu tuan tuyet uyen van viet vinh "
    "vu xuan yen"
)
VIETNAMESE_FAMILY = items(
    "bui cao dang dao dinh do doan duong ha ho huynh la lam le luong luu ly mai ngo nguyen pham phan quach ta thai "
    "tran trinh truong vo vu vuong"
)
# How many given names each origin composes (a fixed seed: the pools are the same for a given tree).
SIZE, SEED = 400, 15


def _given(rng: random.Random, syllables: list[str], joins: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for _ in range(SIZE):
        join = rng.choice(joins)
        if join == "one":
            out.append(rng.choice(syllables).capitalize())
        elif join == "space":
            out.append(f"{rng.choice(syllables).capitalize()} {rng.choice(syllables).capitalize()}")
        else:
            a, b = rng.choice(syllables), rng.choice(syllables)
            out.append(f"{a.capitalize()}-{b}" if join == "-" else f"{a.capitalize()}{b}")
    return list(dict.fromkeys(out))


def east_asian_origins() -> dict[str, Pool]:
    """Four syllable-built origins; :func:`eval.ner_names.pools` removes excluded words and splits them."""
    rng = random.Random(SEED)
    cap = [w.capitalize() for w in PINYIN_FAMILY]
    return {
        "east-pinyin": Pool(_given(rng, PINYIN, ("one", "one", "joined", "joined", "joined", "-")), cap),
        "east-cantonese": Pool(
            _given(rng, CANTONESE, ("one", "space", "space", "-")), [w.capitalize() for w in CANTONESE_FAMILY]
        ),
        "east-korean": Pool(_given(rng, KOREAN, ("-", "-", "joined", "one")), [w.capitalize() for w in KOREAN_FAMILY]),
        "east-vietnamese": Pool(
            _given(rng, VIETNAMESE, ("one", "one", "space")), [w.capitalize() for w in VIETNAMESE_FAMILY]
        ),
    }


EAST_ORIGINS = ("east-pinyin", "east-cantonese", "east-korean", "east-vietnamese")

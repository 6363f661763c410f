"""Deterministic, realistic synthetic residents, addresses and companies for demo and scale data.

Everything is drawn from the ``random.Random`` passed in, so a seed always gives the same people.
ID numbers and credit codes carry correct check characters, so they pass ``desk.validation``.
No real person's data is used; names are common characters combined at random.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from desk.validation import USCC_ALPHABET, id_check_char, uscc_check_char

ZHENGZHOU_DISTRICTS: dict[str, str] = {
    "410102": "中原区",
    "410103": "二七区",
    "410104": "管城回族区",
    "410105": "金水区",
    "410106": "上街区",
    "410108": "惠济区",
    "410122": "中牟县",
    "410182": "荥阳市",
    "410184": "新郑市",
}
ZHENGZHOU_AREA_CODES: tuple[str, ...] = tuple(ZHENGZHOU_DISTRICTS)


def _weighted(spec: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Parse ``"王 7.1 李 7.0 ..."`` into values and cumulative weights for ``rng.choices``."""
    parts = spec.split()
    return tuple(parts[0::2]), tuple(accumulate(float(w) for w in parts[1::2]))


def _pick(rng: random.Random, table: tuple[tuple[str, ...], tuple[float, ...]]) -> str:
    return rng.choices(table[0], cum_weights=table[1])[0]


# Roughly the share per thousand people from census surname tables; compounds are rare.
_SURNAMES = _weighted(
    "王 71 李 70 张 68 刘 54 陈 46 杨 31 黄 25 赵 23 吴 20 周 20 徐 14 孙 14 马 13 朱 12 胡 12 "
    "郭 11 何 10 高 10 林 9.7 罗 9 郑 9 梁 8 谢 7 宋 6.5 唐 6.4 许 6 韩 5.5 冯 5.5 邓 5.5 曹 5.3 "
    "彭 5 曾 4.8 肖 4.7 田 4.5 董 4.5 袁 4.3 潘 4.2 于 4.2 蒋 4.1 蔡 4 余 4 杜 3.8 叶 3.8 程 3.7 "
    "苏 3.6 魏 3.5 吕 3.4 丁 3.3 任 3.2 沈 3 姚 3 卢 3 姜 2.8 崔 2.8 钟 2.7 谭 2.6 陆 2.5 汪 2.4 "
    "范 2.3 金 2.2 石 2.2 贾 2.1 付 2 白 1.8 孟 1.8 牛 1.5 常 1.5 "
    "欧阳 0.2 司马 0.05 诸葛 0.05 上官 0.05"
)

# Given-name characters by sex and by era: parents before the 1980s chose differently.
_MALE_OLDER = (
    "建国 国庆 卫东 志 军 伟 强 刚 勇 平 明 华 红 忠 德 福 兵 春 永 卫 东 海 成 新 振 金 保 长 林 庆 文 "
    "光 中 全 宝 贵 山 胜"
)
_MALE_YOUNGER = (
    "浩 宇 轩 子 豪 泽 睿 博 晨 昊 然 杰 涛 鹏 磊 鑫 凯 俊 帆 旭 阳 峰 一 天 铭 航 嘉 宸 奕 锦 "
    "辰 毅 飞 斌 超 亮"
)
_FEMALE_OLDER = (
    "秀英 桂兰 秀 英 桂 兰 凤 玉 珍 淑 芳 霞 红 梅 丽 艳 娟 萍 华 荣 琴 云 春 敏 静 燕 玲 素 爱 秋 "
    "金 香 菊 莲"
)
_FEMALE_YOUNGER = (
    "欣 怡 佳 悦 雅 思 梦 彤 瑶 涵 雨 诗 婷 倩 颖 洁 慧 晶 琳 莉 雪 璐 薇 可 心 语 萱 梓 妍 一 "
    "娜 晓 丹 蕾 月 媛"
)
_GIVEN_NAMES = {
    ("M", True): _MALE_OLDER.split(),
    ("M", False): _MALE_YOUNGER.split(),
    ("F", True): _FEMALE_OLDER.split(),
    ("F", False): _FEMALE_YOUNGER.split(),
}

# Henan has a large Hui community (Guancheng is a Hui district); other groups are small.
_ETHNICITIES = _weighted(
    "汉族 935 回族 35 满族 10 蒙古族 5 壮族 3 土家族 3 苗族 3 维吾尔族 2 朝鲜族 2 藏族 2"
)
_UYGHUR_MALE = "买买提 艾力 阿不都 热合曼 吐尔逊 艾尼瓦尔 阿迪力 努尔兰".split()
_UYGHUR_FEMALE = "古丽 阿依古丽 努尔古丽 热依拉 帕提古丽 米娜瓦尔 再努尔 阿孜古丽".split()

_MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 196 198 199"
).split()

_ROADS = (
    "纬五路 经三路 经八路 花园路 农业路 金水路 文化路 丰产路 东风路 黄河路 政七街 健康路 "
    "南阳路 未来路 城东路 航海路 大学路 嵩山路 建设路 陇海路 工人路 桐柏路"
).split()
_GRID_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class DemoPerson:
    name: str
    sex: str  # "M" or "F", matching the parity of the ID sequence number
    ethnicity: str
    birth_date: date
    id_number: str
    mobile: str


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def _birth_date(rng: random.Random, today: date, min_age: int = 18, max_age: int = 85) -> date:
    latest = _years_before(today, min_age)
    earliest = _years_before(today, max_age + 1) + timedelta(days=1)
    return date.fromordinal(rng.randint(earliest.toordinal(), latest.toordinal()))


def _name(rng: random.Random, sex: str, ethnicity: str, birth: date) -> str:
    if ethnicity == "维吾尔族":  # personal name + father's name, joined by a middle dot
        own = rng.choice(_UYGHUR_MALE if sex == "M" else _UYGHUR_FEMALE)
        return f"{own}·{rng.choice(_UYGHUR_MALE)}"
    if ethnicity == "回族" and rng.random() < 0.3:
        surname = rng.choice("马白金哈沙丁")
    else:
        surname = _pick(rng, _SURNAMES)
    older = birth.year < 1980
    pool = _GIVEN_NAMES[(sex, older)]
    first = rng.choice(pool)
    if len(first) == 2 or rng.random() < (0.35 if older else 0.15):
        return surname + first  # single-character given names, or a set two-character name
    second = rng.choice([c for c in pool if len(c) == 1 and c != first])
    if sex == "F" and rng.random() < 0.05:
        second = first  # reduplicated names such as 婷婷 are common for women
    return surname + first + second


def make_id_number(rng: random.Random, area_code: str, birth: date, sex: str) -> str:
    """A valid ID number; the sequence is odd for men and even for women."""
    sequence = rng.randrange(1, 500) * 2 - (1 if sex == "M" else 0)
    first17 = f"{area_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + id_check_char(first17)


def make_mobile(rng: random.Random) -> str:
    return rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def make_person(rng: random.Random, area_codes: Sequence[str], today: date) -> DemoPerson:
    """One adult resident (18 to 85 years old on ``today``) with consistent personal data."""
    sex = rng.choice("MF")
    ethnicity = _pick(rng, _ETHNICITIES)
    birth = _birth_date(rng, today)
    return DemoPerson(
        name=_name(rng, sex, ethnicity, birth),
        sex=sex,
        ethnicity=ethnicity,
        birth_date=birth,
        id_number=make_id_number(rng, rng.choice(area_codes), birth, sex),
        mobile=make_mobile(rng),
    )


def make_address(rng: random.Random, community: str, grid: str) -> str:
    """E.g. ``经八路街道纬五路社区第二网格 纬五路12号院3号楼2单元501``."""
    # A community named after a road ("...纬五路社区") is usually on that road.
    local = community.rsplit("街道", 1)[-1].removesuffix("社区")
    on_road = local.endswith(("路", "街", "巷")) and rng.random() < 0.8
    road = local if on_road else rng.choice(_ROADS)
    floor = rng.choices(range(1, 19), weights=[6] * 6 + [2] * 12)[0]  # most blocks are 6 floors
    room = f"{floor}{rng.randint(1, 4):02d}"
    yard = rng.randint(1, 180)
    return (f"{community}{grid} {road}{yard}号院{rng.randint(1, 16)}号楼"
            f"{rng.randint(1, 4)}单元{room}")


def grid_name(number: int) -> str:
    """``第二网格`` for 2; grids per community stay well below 20."""
    if number <= 10:
        numeral = _GRID_NUMERALS[number - 1]
    else:
        numeral = "十" + _GRID_NUMERALS[number - 11] if number < 20 else str(number)
    return f"第{numeral}网格"


_TRADE_NAMES = (
    "华信 恒达 鑫源 宏图 中联 金鼎 瑞丰 顺达 天成 博远 嘉禾 永盛 润通 安泰 豫龙 绿原 "
    "鼎盛 众诚 兴业 百川 睿智 新雅 广源 聚德 康泰 宏远 诚信 金桥 华夏 祥瑞"
).split()
_INDUSTRIES = (
    "商贸 物业服务 建筑工程 餐饮管理 电子科技 物流 家政服务 装饰工程 文化传媒 医药 "
    "网络科技 劳务 房地产开发 环保科技 教育咨询 汽车服务"
).split()
_SHOPS = "烩面馆 超市 便利店 理发店 水果店 五金店 早餐店 干洗店 药店 面馆".split()
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_code(body: str) -> str:
    """GB 11714 organisation code: 8 characters plus its MOD 11 check character."""
    total = sum(int(c, 36) * w for c, w in zip(body, _ORG_CODE_WEIGHTS))
    check = 11 - total % 11
    return body + {10: "X", 11: "0"}.get(check, str(check))


def make_company(rng: random.Random) -> tuple[str, str]:
    """A company or sole trader name with a valid unified social credit code."""
    area = rng.choice(ZHENGZHOU_AREA_CODES)
    if rng.random() < 0.2:  # sole traders (个体工商户) carry type code 92
        surname = _pick(rng, _SURNAMES)
        name = f"{ZHENGZHOU_DISTRICTS[area]}{surname}记{rng.choice(_SHOPS)}"
        prefix = "92"
    else:
        suffix = rng.choice(("有限公司", "有限公司", "有限责任公司"))
        name = f"郑州{rng.choice(_TRADE_NAMES)}{rng.choice(_INDUSTRIES)}{suffix}"
        prefix = "91"
    if rng.random() < 0.7:  # codes issued since 2015 start with MA
        body = "MA" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
    else:
        body = f"{rng.randrange(10**8):08d}"
    first17 = f"{prefix}{area}{_org_code(body)}"
    return name, first17 + uscc_check_char(first17)

"""Lists the desk starts with. Each is a dictionary an administrator may extend and the platform
may replace through sync; later modules add their own kinds here."""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP

# Kinds of dictionary with the label the administration screen shows.
DICTIONARY_KINDS: dict[str, str] = {
    "dispute_category": QT_TRANSLATE_NOOP("Dictionaries", "Dispute categories"),
    "ethnicity": QT_TRANSLATE_NOOP("Dictionaries", "Ethnic groups"),
}

# National people's-mediation statistics categories (DOMAIN.md §2).
DISPUTE_CATEGORIES = [
    "婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿", "山林土地", "村务管理",
    "征地拆迁", "环境污染", "劳动争议", "医疗", "物业", "道路交通事故", "消费", "其他",
]

# The 56 ethnic groups in the order of GB/T 3304 (codes 01–56).
ETHNICITIES = [
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
]


def builtin_entries() -> dict[str, list[tuple[str, str]]]:
    """``{kind: [(code, label), …]}`` for a new center."""
    return {
        "dispute_category": [(f"{i:02d}", label) for i, label in enumerate(DISPUTE_CATEGORIES, 1)],
        "ethnicity": [(f"{i:02d}", label) for i, label in enumerate(ETHNICITIES, 1)],
    }

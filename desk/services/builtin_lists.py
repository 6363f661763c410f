"""Lists the desk starts with. Each is a dictionary an administrator may extend and the platform
may replace through sync; later modules add their own kinds here."""

from __future__ import annotations

from desk.i18n import QT_TRANSLATE_NOOP

# Kinds of dictionary with the label the administration screen shows.
DICTIONARY_KINDS: dict[str, str] = {
    "dispute_category": QT_TRANSLATE_NOOP("Dictionaries", "Dispute categories"),
    "ethnicity": QT_TRANSLATE_NOOP("Dictionaries", "Ethnic groups"),
    "consultation_category": QT_TRANSLATE_NOOP("Dictionaries", "Consultation categories"),
}

# What people ask the duty lawyer about (the legal-aid statistics' usual headings).
CONSULTATION_CATEGORIES = [
    "婚姻家庭", "继承赡养", "劳动争议", "合同纠纷", "借贷纠纷", "房产物业", "交通事故", "人身损害",
    "消费维权", "土地征收", "行政事务", "刑事问题", "公司企业", "其他",
]

ID_CARD, HOUSEHOLD = "申请人居民身份证", "申请人户口簿"
# The common notary matters with their materials: (code, name, use abroad, working days, [(material, required)]).
NOTARY_MATTERS = [
    ("QS", "亲属关系公证", True, 10, [(ID_CARD, True), (HOUSEHOLD, True), ("关系人身份证明或户籍证明", True),
                                 ("能证明亲属关系的档案或派出所证明", False)]),
    ("CS", "出生公证", True, 7, [(ID_CARD, True), (HOUSEHOLD, True), ("出生医学证明", False),
                             ("父母身份证明", False)]),
    ("HY", "婚姻状况公证", True, 7, [(ID_CARD, True), (HOUSEHOLD, True), ("结婚证或离婚证（离婚调解书）", True),
                                ("婚姻登记机关出具的婚姻登记记录证明", False)]),
    ("WT", "委托书公证", False, 5, [(ID_CARD, True), ("委托书草稿", True), ("受托人身份证复印件", True),
                               ("涉及财产的权属证明（房产证等）", False)]),
    ("SM", "声明书公证", False, 5, [(ID_CARD, True), ("声明书草稿", True), ("与声明事项有关的证明材料", False)]),
    ("XL", "学历学位公证", True, 7, [(ID_CARD, True), ("毕业证书原件", True), ("学位证书原件", False),
                                ("成绩单", False)]),
    ("WF", "无犯罪记录公证", True, 7, [(ID_CARD, True), (HOUSEHOLD, True), ("公安机关出具的无犯罪记录证明", True)]),
    ("JZ", "驾驶证公证", True, 5, [(ID_CARD, True), ("机动车驾驶证原件", True)]),
    ("JC", "继承公证", False, 20, [(ID_CARD, True), (HOUSEHOLD, True), ("被继承人死亡证明", True),
                              ("亲属关系证明", True), ("遗产权属证明", True), ("遗嘱（如有）", False),
                              ("其他继承人放弃继承声明书", False)]),
]

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
        "consultation_category": [(f"{i:02d}", label) for i, label in enumerate(CONSULTATION_CATEGORIES, 1)],
    }

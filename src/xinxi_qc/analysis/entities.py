"""Named things — places, organisations, projects, people, cited cases — found by suffix patterns.

A name is a short run of Chinese characters before a telling suffix (县, 镇, 村, 公司, 合作社,
项目…). The run must not start with a function word (在, 对, 和…) nor end in a generic marker
(全, 各, 本, 该, 农…), which rejects 全市, 各县区, 该公司, 在农村 and the like.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .figures import variety_names
from .text import Span, anchored_finditer

_FUNCTION_FIRST = set("在于对了的和与及到赴向从为将把被是有等个或并而也还就都又再由让使给以至经据按共同其这那此")
# Characters that do not occur inside the short names this module looks for (verbs, particles,
# numerals used in enumerations): a stem containing one is a phrase, not a name.
_NON_NAME = set("的了和与及在对为把被将是有等并从向于以个由让使给至经据按其这那此入纳进到往赴各全本该每也都又再就还报"
                "不没很最更已正要会能可所均共一二三四五六七八九十我某")
_GENERIC_LAST = set("全各本我该此农乡城辖地小景园郊两多等个那这其县市区镇乡村省街社部周某内外上下中")
_PLACE_SUFFIX = re.compile(r"(?:街道|安置社区|移民社区|社区|商业街|步行街|码头|渔港|商圈|老街|广场|国家森林公园|国家湿地公园|森林公园|湿地公园|公园|景区|开发区|工业园区|产业园|经开区|高新区|片区|小区|边民互市点|互市点|口岸|高速公路|高速|水库|船闸|大桥|隧道|铁路|省|市|县|区|旗|镇|乡|苏木|嘎查|村|岛)")
_NOT_JURISDICTION = ("安置社区", "移民社区", "社区", "商业街", "步行街", "码头", "渔港", "商圈", "老街", "广场", "国家森林公园", "国家湿地公园", "森林公园", "湿地公园", "公园", "景区", "开发区", "工业园区", "经开区", "高新区", "片区", "小区", "边民互市点", "互市点", "口岸", "岛")
_ORG_SUFFIX = re.compile(
    r"(?:海关|股份有限公司|有限责任公司|有限公司|公司|集团|专业合作社|合作社|家庭农场|农场|卫生院|医院|中心小学|小学|中学|学校|"
    r"幼儿园|大学|学院|银行|信用社|超市|酒店|饭店|餐厅|餐馆|加工厂|工厂|养殖场|基地|协会|商会|派出所|法庭|服务站|服务中心|驿站|市场|"
    r"茶业|药业|菌业|种业|实业|商贸|置业|物流|酱坊|酒坊|油坊|醋坊|豆腐坊|国有林场|林场|"
    r"分局|分中心|分公司|支行|营业部|税务所|供电所|司法所|财政所|"   # 北塘分局, 枫桥分中心: a branch named by its place
    r"污水处理厂|垃圾处理厂|自来水厂|净水厂|水厂|变电站|水电站|泵站)"   # 城东污水处理厂: a plant named by its place
)
_PROJECT_SUFFIX = re.compile(r"(?:项目|工程|小程序|平台|系统)")
_QUOTED = re.compile(r"[“\"「《][^”\"」》\n]{2,20}[”\"」》]")
_ROLES = ("村民", "居民", "农户", "群众", "店主", "经营户", "业主", "老人", "患者", "学生", "职工", "工人", "司机", "负责人",
          "书记", "主任", "站长", "所长", "网格员", "代表", "委员", "信访人", "企业主")
_PERSON = re.compile(
    r"(?:村民|居民|农户|群众|店主|经营户|业主|老人|患者|学生|职工|工人|司机|负责人|书记|主任|站长|所长|网格员|代表|委员|信访人|企业主)"
    r"[\u4e00-\u9fff][某×X]{1,2}|[\u4e00-\u9fff][某×X]{1,2}(?=[，,、。（(说表反称])|"
    r"[\u4e00-\u9fff]某{1,2}|"
    r"[\u4e00-\u9fff]{2,3}(?=(?:书记|主任|局长|县长|镇长|区长|乡长|村支书|站长|所长|院长|校长|经理|同志|老人|大爷|大妈|师傅|"
    r"主席|总理|总统|委员长))"
)
# Where a _PERSON match can start: at a role word, one character before 某/×/X, or two or three
# characters before a post. Finding these first (plain alternations, which the regex engine scans
# by their first characters) and trying _PERSON only there gives exactly the matches of
# _PERSON.finditer, which otherwise tries its last branch at every Chinese character of the body.
_PERSON_ROLES = tuple(_PERSON.pattern[3:_PERSON.pattern.index(")")].split("|"))
_PERSON_POSTS = tuple(_PERSON.pattern[_PERSON.pattern.rindex("(?=(?:") + 6:-2].split("|"))
_PERSON_ROLE_AT = re.compile("|".join(_PERSON_ROLES))
_PERSON_POST_AT = re.compile("|".join(_PERSON_POSTS))
_PERSON_MARK_AT = re.compile(r"[某×X]")


def _word_starts(pattern: re.Pattern, words: tuple[str, ...], text: str) -> list[int]:
    """Every offset where one of ``words`` starts, overlapping ones included (``pattern`` is their
    alternation: its matches, plus any word starting inside one of them)."""
    out = []
    for m in pattern.finditer(text):
        q = m.start()
        out.append(q)
        for i in range(q + 1, m.end()):
            if text.startswith(words, i):
                out.append(i)
    return out


def _person_matches(text: str):
    """``_PERSON.finditer(text)``, trying the pattern only where a match can start."""
    starts = set(_word_starts(_PERSON_ROLE_AT, _PERSON_ROLES, text))
    starts.update(m.start() - 1 for m in _PERSON_MARK_AT.finditer(text))
    for q in _word_starts(_PERSON_POST_AT, _PERSON_POSTS, text):
        starts.add(q - 2)
        starts.add(q - 3)
    reached = 0
    for p in sorted(starts):
        if p < reached or p < 0:
            continue
        m = _PERSON.match(text, p)
        if m is not None:
            reached = m.end()
            yield m


_POSTS = ("总书记|主席|总理|副总理|总统|委员长|书记|局长|副局长|县长|副县长|镇长|乡长|区长|市长|主任|院长|检察长|部长|主席|厅长|处长|科长|所长|站长|经理|"
          "董事长|队长|场长|农场主|船长|船主|村民|居民|农户|退役军人|老兵|种植大户|养殖户|企业主|个体户|志愿者|网格员|党员|老党员|教师|医生|"
          "村医|民警|辅警|法官|检察官|律师|调解员|护林员|讲解员|信息员|护理员|保洁员|工人|职工|学生|患者|老人|店主|负责人|代表|委员|创业者|返乡青年")
_PERSON_AFTER_POST = re.compile(
    rf"(?:{_POSTS})([\u4e00-\u9fff]{{2,3}}?)"
    r"(?=主持|出席|参加|讲话|指出|强调|介绍|表示|带队|一行|同志|等|提出|说|反映|告诉|家|的|在|带领|领办|创办|"
    r"同|与|和|向|对|就|会见|致电|签署|\d|[，、。（])")
_CASE = re.compile(r"(?:县城|城区|镇上|村里|辖区|市区|街道)?一(?:家|处|个)[\u4e00-\u9fff]{0,6}?(?:店|厂|超市|公司|餐馆|饭店|餐厅|门店|门市|商铺|作坊|诊所|药店|网吧|宾馆|酒店|民宿|农家乐|砖窑|健身房|商超|小区|工地|养殖场|出租屋|出租房|仓库|粮库|加油站|学校|幼儿园|网点|民房|商场|商厦|写字楼|(?<!宅)基地|种植园|果园|茶园|农庄|驿站|车间|种粮大户|养殖大户|种植大户|KTV)|"
                   # 城北一所中学, 县城东侧一所小学: a school placed by its direction
                   r"(?:(?<=[东南西北侧])|(?<=县城|城区|镇上|村里|辖区|市区))一所[\u4e00-\u9fff]{0,4}?(?:中学|小学|学校|幼儿园)|"
                   # 我乡一名村民, 辖区一位老人: one person of a named scope
                   r"(?<=我乡|我镇|我村|辖区|村里|镇上|本村|该村)一(?:名|位)?(?:村民|居民|老人|群众|农户)|"
                   # 一家民营医院, 一家小型铸造企业: a kind with a qualifier, not 一家企业 alone
                   r"(?:县城|城区|城郊|镇上|村里|辖区|市区|街道|区内|县内|市内)?一家(?:[\u4e00-\u9fff]{2,8}?|[^，。；“”]{2,14}?的[\u4e00-\u9fff]{0,6}?)"
                   r"(?:医院|卫生院|养老院|企业|合作社|农场|搅拌站|代收点|回收点|收购点|维修点|修理点|销售点|经销点|作坊|商户|批发商|经营户|网店|加工点|有限公司|公司|老字号|商行|店|厂|基地|食堂|种植园|果园|茶园|农庄|驿站|砂场|站点|中心|综合体|楼盘|配送站|服务站)|"
                   r"(?:县城|城区|城郊|镇上|村里|辖区|市区)一家[\u4e00-\u9fff]{2,6}?之家|"   # 城区一家青年之家: one, placed
                   # 市交通运输局所属一家事业单位: one unit placed under a named body
                   r"所属的?一家[\u4e00-\u9fff]{0,6}?(?:事业单位|单位|企业|公司)|"
                   # 一户食用菌种植户, 另有一户养殖户: one household of a kind
                   r"一户[\u4e00-\u9fff]{1,6}?(?:种植户|养殖户|专业户|经营户)|"
                   r"(?:县城|城区|镇上|村里|辖区|市区|街道)?一家(?:[\u4e00-\u9fff]{0,6}?|以“[^”]{1,10}”名义[\u4e00-\u9fff]{0,6}?)机构|"
                   # 一位82岁独居老人, 一名在城中村租住多年的外卖骑手: one person, anonymised, with a qualifier
                   # (not 同一名慢病患者, the same one, or 每一名, every one)
                   r"(?<![同每])一(?:名|位)[^，。；、\d]{0,4}\d{0,3}[^，。；、]{1,12}?(?:老人|学生|女生|男生|骑手|男子|女子|村民|居民|职工|农民工|农民|患者|儿童|家长|司机|商户|摊贩|妇女|工人|农户|游客|租户|业主|书记|干部|党员|网格员|村医"
                   r"|台胞|台商|经营者|店主|老板|车主|志愿者|快递员|外卖员|乘客|市民|考生|残疾人|退役军人|创业者|企业主|申请人|当事人|投资者|船员|渔民|牧民|茶农|果农|菜农|养殖户|种植户|租客|房东|家属)|"
                   # 县不动产窗口一名工作人员坦言“…”: one staff member, quoted
                   r"(?<!每)一(?:名|位)[\u4e00-\u9fff]{0,4}?(?:工作人员|窗口人员|业务员|办事员|客服人员|收费员)(?=坦言|直言|表示|说(?!话)|反映|告诉)|"
                   r"某(?:镇|乡|村|社区|街道)一(?:起|宗|件|例)[\u4e00-\u9fff]{2,12}?(?:案|纠纷|事故|事件)|"   # 某镇一起…补偿积案
                   r"某(?:乡镇|镇|乡|村|社区|街道|区|县|市)一(?:户|家|所|名|位)|"   # 某乡一户村民, 某镇一所初中, 某乡镇一名应征青年, 某区一家区直局
                   r"某(?![一些种个类部单地方])[\u4e00-\u9fff]{1,3}?一(?:名|位)|"   # 某品牌一名快递员, 某企业一位员工
                   r"某(?![一些种个类部单地方])[\u4e00-\u9fff]{1,4}?一(?:栋|幢|处)|"   # 某城中村一栋五层出租屋: one building, anonymised
                   # 城郊一个村的健身路径: one village placed by where it lies (not 山区一个村的留守老人往往…: any one)
                   r"(?<=城郊|城北|城南|城东|城西)一个(?:村|自然村|社区|小区)(?=的|[，,])(?![^，。；]{0,20}?(?:往往|一般|通常|普遍))|"
                   r"一个[^，。；“”]{2,16}?的(?:安置点|安置区|小区|社区)|"   # 一个安置了600余户搬迁群众的安置点
                   r"一处[^，。；“”]{2,16}?的[^，。；“”]{0,8}?(?:住宅楼|楼|小区|厂房|工地|民房|房屋|建筑)|"   # 辖区一处建于1982年的6层砖混住宅楼
                   r"某(?![一些种个类部单地方])[\u4e00-\u9fff]{0,5}?(?:店|房|厂|公司|企业|机构|超市|餐馆|饭店|诊所|学校|小区|工地|养殖场|合作社|院|馆|宿|厅|吧|行|站|项目|综合体|楼盘|商场|车库|船|轮)|"
                   r"某(?![一些种个类部单地方])[\u4e00-\u9fff]{0,6}?(?:安置点|配送点|服务点|网点|门店|摊点)|"   # 某移民安置点, 城北某生鲜平台配送点
                   r"如(?:市直|县直|区直)?某(?:县|区|市|局|委|办)|"   # 如市直某局赴境外考察的团组, 如某县今年5月接待…: an example, anonymised
                   r"(?<=有)一起[\u4e00-\u9fff]{2,6}?(?:案件|纠纷|事故)|"
                   r"某园区|以[^，。]{2,20}为例|例如|比如|(?<![不假譬犹宛恰正])如(?![今何果实期此同下])[^，。；]{2,12}(?:村|(?<!乡)镇|公司|企业|合作社|社区)")   # 如今的石门村 is no example,
                   # nor 不如生产企业明确 (a comparison), 开会不如办事；乡镇… (another clause) or 如配合乡镇… (乡镇: any)
# Every _CASE match starts at one of these characters, or two before 一 (县城一家…): the pattern is
# tried only there (its optional first group keeps the regex engine from skipping ahead itself).
_CASE_ANCHOR = re.compile("[一某以例比如]")
_SURNAMES = set(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花"
    "方俞任袁柳鲍史唐费薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计"
    "伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯管卢莫经"
    "房裘缪干解应宗丁宣邓郁单杭洪包诸左石崔吉龚程邢裴陆荣翁荀羊甄曲家封储靳焦牧山车侯班仰秋仲伊宫宁仇栾暴甘厉戎祖武"
    "符刘景詹束龙叶幸司韶黎薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍桑桂濮牛寿"
    "通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越"
    "夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
)


_GENERIC_STEMS = ("企业", "有关", "相关", "各类", "辖区", "街道", "社区", "重点", "民生", "专项", "实事", "农村", "乡村", "城乡", "城市",
                  "基层", "部分", "所有", "全部", "一批", "信息", "服务", "管理", "工作", "监管", "执法", "政务",
                  "老旧", "偏远", "周边", "当地", "本地", "外地", "全体", "所在", "辖内", "县级", "市级", "镇级", "村级",
                  "省级", "区级", "规模", "定点", "公立", "民营", "试点", "示范", "新建", "在建", "中心", "移民", "边境",
                  # common verbs and modifiers that end a phrase before 村/社区/项目/平台
                  "征求", "聘请", "建立", "执行", "发挥", "早期", "部分", "互动", "便民", "推进", "开展", "落实",
                  "组织", "深入", "走访", "申报", "承担", "覆盖", "全面", "进入", "联系", "包联", "帮扶", "结对", "驻点", "下沉",
                  "专业", "月份",   # 专业保洁公司: a kind of firm; 3|月份县…: a month
                  # which of many, or whose (少数村, 原籍村和现居村), and a proposal's verb (建议县供销社…)
                  "少数", "多数", "个别", "原籍", "现居", "户籍", "相邻", "邻近", "附近", "建议",
                  "利用", "依托",   # 利用产业园区配套用地, 利用村部: what is put to use, no place named 利用
                  "普通")   # 普通学校, 普通中小学: the ordinary kind, as against special schools


# Stems that are whole common words before an institution suffix (人民法庭, 问题报乡…).
_GENERIC_WHOLE = frozenset(("人民", "问题", "群众", "干部", "基层", "上级", "下级", "同级", "各级", "相关", "乡镇", "城区", "平台",
                            "县城", "市区", "农贸", "行政", "专业", "农民", "社会", "公共", "综合", "教育", "卫生",
                            "水利", "交通", "外贸", "小微", "重大", "水源", "民营", "维保", "电商", "自然", "房地产",
                            "物业", "燃气", "家政", "养老", "网络", "线上", "线下", "美丽", "和谐", "幸福", "平安",
                            "文明", "健康", "智慧", "数字", "生态",
                            "压实", "落实", "夯实", "做实",   # 压紧压实社区和物业企业责任: a verb before 社区
                            "戒毒", "矫正",   # 社区戒毒社区康复: a programme, not a community
                            # kinds a label names (信用村, 海绵城市, 森林城市): a programme's title, not a place
                            "信用", "法治", "绿色", "森林", "无废", "海绵", "韧性", "园林",
                            # kinds of area, not names: 项目区, 井灌区, 灌区, 库区, 牧区, 社区卫生服务中心
                            "项目", "井灌", "灌", "库", "牧", "社区卫生",
                            # a share before 村/户 (约三成村卫生室): a figure, not a name
                            "一成", "两成", "二成", "三成", "四成", "五成", "六成", "七成", "八成", "九成",
                            "城中", "居家", "社区", "嘎查",   # 城中村, 居家社区, 社区调委会, 嘎查村: kinds, not names
                            "行业", "医疗",   # 行业协会, 城市医疗集团
                            "核心",   # 核心区, 核心城区: a part of a town, not a name
                            "宜居", "韧性", "完整", "低碳", "绿色", "法治", "活力", "友好",   # 宜居社区, 完整社区: a kind
                            "保险", "快递", "物流",   # 保险公司, 快递公司: a kind of firm
                            "系统", "老城",   # 系统区分货物状态 (区分: to tell apart), 老城区: a part of a town
                            "工程", "建筑", "劳务", "装修", "中介"))   # 无资质的工程公司: a kind of firm

_BAD_CHAR = re.compile("[^\u4e00-\u9fff]|[" + "".join(sorted(_NON_NAME)) + "]")


# Part-of-speech tags (jieba's tag set) that a name's stem never starts with: verbs, adjectives,
# distinguishing words (上级, 大中型), time words, numerals, measure words, function words.
_BAD_FIRST_TAG = frozenset("v vd vn a ad an b t d m q p c u uj ul uz ug r f zg y e o k s l i".split())
# ...nor contains anywhere (展春季 → 展/v 春季/t; 艘渔船 → 艘/m …).
_BAD_ANY_TAG = frozenset("v vd d m q p c u uj ul uz ug r f".split())


@lru_cache(maxsize=1 << 16)  # a pure function of the text; stems and names repeat across items
def _tag(text: str) -> tuple[tuple[str, str], ...]:
    """rjieba's (word, part of speech) pairs for a short text."""
    import rjieba

    return tuple(rjieba.tag(text))


def _tags_allow_name(stem: str) -> bool:
    """Whether jieba's tagging of the stem alone reads as a name rather than a phrase. A last
    character that names a landform in place names (杉木|冲, 桃|坪) counts whatever its tag."""
    tagged = _tag(stem)
    if len(tagged) > 1 and tagged[-1][0] in _LANDFORM_ENDS:
        tagged = tagged[:-1]
        if len(tagged) == 1 and tagged[0][0] in _SIZE_OR_SIDE:
            return True   # 大|岙(岛), 小|坪(村): a landform named by its size or side
    tags = [tag for _, tag in tagged]
    return bool(tags) and tags[0] not in _BAD_FIRST_TAG and not any(t in _BAD_ANY_TAG for t in tags)


_LANDFORM_ENDS = frozenset("冲坪坳垭岗塘湾坑岭坝沟洼埠屯铺堡寨滩峪岙澳")
_SIZE_OR_SIDE = frozenset("大小东西南北上下前后中")


# A stem holding an administrative suffix spans two names (溪镇桃源 + 村): the shorter stem is the name.
_HAS_ADMIN_SUFFIX = re.compile("[省市县区镇乡村]")


def dictionary_word(text: str) -> bool:
    """One word of the dictionary, of any kind but a place's (开发, 示范, 风景; not 云屏, 城关)."""
    tags = _dictionary_tags(text)
    return len(tags) == 1 and tags[0][1] != "ns"


def _common_word(text: str) -> bool:
    """强调, 干部: one dictionary word that is not a person's name."""
    tags = _tag(text)
    return len(tags) == 1 and tags[0][1] in ("v", "vn", "n", "a", "ad", "d", "l", "i", "an", "vd")


@lru_cache(maxsize=1 << 16)  # a pure function of the stem, asked for every stem length before each suffix
def _plausible_name(stem: str) -> bool:
    if (len(stem) >= 3 and stem[-1] in "路街巷" and stem[0] not in _NON_NAME and stem[:-1] not in _GENERIC_WHOLE
            and _CJK_ONLY.fullmatch(stem)):
        return True   # 青年路(社区), 人民路(街道): a road's name, whatever words it is made of
    return (not _HAS_ADMIN_SUFFIX.search(stem) and stem[-1] not in _GENERIC_LAST
            and not _BAD_CHAR.search(stem) and not stem.endswith(_GENERIC_STEMS)
            and not (len(stem) > 2 and stem.startswith(_GENERIC_STEMS))
            and stem not in _GENERIC_WHOLE and _tags_allow_name(stem))


# A one-character suffix followed by these characters is the start of a common word, not the end
# of a name: 乡镇, 村民, 县城, 市场, 区域.
_SUFFIX_CONTINUES = {"乡": "镇村道内", "村": "民庄级组委干居道寨", "镇": "街内", "县": "级域委道内属", "市": "场民级区委内属",
                     "区": "域县级委内属", "省": "级委道内钱时力心税事属", "旗": "帜舰袍下手杆委县", "大学": "生", "社区": "化",
                     "市场": "化主"}
_COUNTY_TOWN = re.compile(r"城(?!关)")
# (县内, 省内: within it; 帮客户省税: to save)   # 国省道, 县道, 村道: roads; 大学生; 社区化
# 环卫市场化, 市场主体: no market


_JURISDICTION_LED = re.compile(r"([\u4e00-\u9fff]{2})[省市县区旗](?:委|人大|政协|政府|人民|纪委)")
def _a_kind_of_firm(name: str) -> bool:
    """小额贷款公司, 融资担保公司: 公司 after plain dictionary words (not 有限公司 or 有限责任公司, not a 集团 such as
    市轨道交通集团, which a city has one of)."""
    return name.endswith("公司") and not name.endswith(_REGISTERED_FIRM) and _known_plain(name[:-2])


# departments by their short names (与公安、卫健、医保部门; 林草工作简报): no person, no named body
_DEPARTMENT_SHORT = frozenset("卫健 公安 医保 民政 人社 林草 住建 交通 教育 财政 农业 水利 应急 城管 商务 文旅 统计 审计 税务 市监 自然资源"
                              .split())
_SCOPES_BEFORE = ("辖区", "全县", "全市", "全区", "全省", "本地", "当地", "我县", "我市", "我区")
_BRANCHES = ("分局", "分中心", "分公司", "支行", "营业部", "税务所", "供电所", "司法所", "财政所")
# 侨乡, 家乡, 水乡, 爱国爱乡: words for a home or a region, not a township
_HOME_BEFORE = set("侨家故水老异他同梓返爱")   # (务工返乡: going home)
# 金竹乡|村干部: a township's villages' officers, not 乡村 (美丽乡村)
_VILLAGE_POST = re.compile("村(?:干部|两委|党组织|书记|主任|调解员|网格员)")


# Characters no plausible stem ends with (the last character is in every stem before a suffix, and
# _plausible_name refuses it anywhere or at the end): the stems before such a suffix are not tried.
_NEVER_LAST = _NON_NAME | set(_GENERIC_LAST) | set("省市县区镇乡村")


def _stems_before(text: str, suffix: re.Pattern, min_len: int, max_len: int) -> Iterator[tuple[int, int]]:
    """(start, end) of ``stem + suffix`` for the longest plausible stem right before each suffix."""
    for m in suffix.finditer(text):
        following = _SUFFIX_CONTINUES.get(m.group())
        if (following and text[m.end():m.end() + 1] in following and m.end() < len(text)
                and not _VILLAGE_POST.match(text, m.end())):
            continue
        if m.group() == "县" and _COUNTY_TOWN.match(text, m.end()):
            continue   # 时效比县城慢: the county town (not 青溪县城关镇)
        start = m.start()
        estate = _ESTATE_NAME.search(text, max(0, start - 6), start) if m.group() in ("小区", "社区") else None
        if estate is not None:
            yield estate.start(), m.end()   # 滨溪花园小区, 铁路新村社区: a name in plain words
            continue
        last = text[start - 1] if start else ""
        if (not "\u4e00" <= last <= "\u9fff" or last in _NEVER_LAST or (m.group() == "乡" and last in _HOME_BEFORE)
                or (m.group() == "省" and last in "节反自")):   # 节省, 反省: to save, to reflect, no province
            continue
        length = _longest_stem(text[max(0, start - max_len):start], min_len)
        if length:
            yield start - length, m.end()


@lru_cache(maxsize=1 << 16)  # a pure function of the few characters before a suffix; they repeat
def _longest_stem(before: str, min_len: int) -> int:
    """The length of the longest ending of ``before`` (at least ``min_len``) that is a plausible name, or 0."""
    for length in range(len(before), min_len - 1, -1):
        if _plausible_name(before[len(before) - length:]):
            return length
    return 0


_FLAG_BEFORE = set("授升降护举扛挂插彩红锦国党团队军战帅会校厂")
_KIND_SUFFIXES = ("市场", "基地", "广场", "公园", "片区")
_VERBS_BEFORE_A_KIND = ("力争", "确保", "推动", "促进", "推进", "加强", "规范", "整治", "维护", "培育", "拓展")
# 铁路口岸, 公路口岸: a kind of port (瑞丽口岸, 石门口岸 name one)
_PORT_KINDS = ("铁路口岸", "公路口岸", "航空口岸", "陆路口岸", "水运口岸", "边境口岸", "海港口岸", "国际口岸", "一类口岸", "二类口岸")
# what a place's name starts without naming the place (中国特色…, 非洲猪瘟, 美国白蛾, 加拿大一枝黄花, 德国小蠊)
_NAMED_AFTER_A_PLACE = ("特色", "猪瘟", "白蛾", "一枝黄花", "脑炎", "小蠊", "呼吸综合征")


def _after_a_date(text: str, start: int) -> bool:
    """A date's 日 (截至3月15日|本供暖季), not the start of 日本."""
    return start > 0 and text[start - 1].isdigit() and text[start] in "年月日"


def misread_place(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` names no place there: the start of a doctrine, a
    disease or a pest (中国特色…, 非洲猪瘟, 美国|白蛾), or a date's 日 before 本."""
    return text.startswith(_NAMED_AFTER_A_PLACE, end) or _after_a_date(text, start)


# Facilities a stem of plain words only describes (畜禽养殖场, 农业综合服务中心, 寄递物流服务站, 小超市):
# a kind of place, not one place; 红星养殖场, 恒驰超市 carry a proper part (nz, ns, nr… or unknown).
_FACILITY_SUFFIXES = ("服务中心", "服务站", "驿站", "养殖场", "加工厂", "工厂", "超市", "农场", "酒店", "饭店", "餐厅", "餐馆",
                      "专业合作社", "合作社", "工业园区", "码头", "基地", "学校", "医院", "酒庄", "亭")   # 候车亭, 岗亭
_KIND_ISLANDS = ("无人岛", "人工岛", "离岸岛", "有居民海岛", "旅游岛", "生态岛", "度假岛")
# A firm's trade as its suffix (溪源茶业, 满堂红辣椒酱坊): a name only with a stem of its own
_TRADE_SUFFIXES = ("茶业", "药业", "菌业", "种业", "实业", "商贸", "置业", "物流", "酱坊", "酒坊", "油坊", "醋坊", "豆腐坊")


_FIRM_TRADES = ("茶业", "药业", "菌业", "种业", "实业")   # (商贸, 置业 also follow kinds: 乡镇商贸中心, 限上商贸)
# a seed trade's stem that names a region or an aim, not a firm (西南种业高地, 振兴种业, 现代种业)
_SEED_TRADE_NOT_A_FIRM = re.compile("[东西南北中]|发展|振兴|现代|打造|做强|大力")


def _known_words_only(stem: str) -> bool:
    """The stem is plain dictionary words of two characters or more (农产品交易, 生物): a kind, not a name."""
    tags = _dictionary_tags(stem) if stem else ()
    return bool(tags) and all(len(w) >= 2 and t in _PLAIN_TAGS for w, t in tags)


def _known_plain(stem: str) -> bool:
    """_known_words_only, four characters or more (农产品交易 before 市场)."""
    return len(stem) >= 4 and _known_words_only(stem)


def _a_trade(name: str) -> bool:
    """A trade suffix after plain dictionary words (生物药业, 老字号酱坊)."""
    trade = next((t for t in _TRADE_SUFFIXES if name.endswith(t)), None)
    return trade is not None and _known_words_only(name[:-len(trade)])


_MARKETS = ("超市", "夜市", "集市", "早市", "菜市", "花市", "门市", "楼市", "车市")
# An area a landform or a state names (喀斯特山区, 高山峡谷区, 三峡库区): a kind of area, not a district.
# The parts of one site by what they are for (经营区与住宿区之间): no place's name
# farm-season work jieba tags as a person's name (夏收/nr)
_SCHEDULE_AFTER = re.compile(r"[、，,和及与/]?[日周月季年](?!份|底|末|初|中)")
_SCHEDULE_BEFORE = re.compile(r"[日周月季][\u4e00-\u9fff]{1,3}[、，,和及与/]$")


def _in_a_schedule(word: str, text: str, start: int, end: int) -> bool:
    """周调度 in “周调度、月通报”, 周考 in 周考月评, 周检 in 日检和周检, 周周(接种): a routine by its period."""
    if len(word) < 2 or word[0] not in "日周月季":
        return False
    after, before = _SCHEDULE_AFTER.match(text, end), _SCHEDULE_BEFORE.search(text, max(0, start - 5), start)
    return (word[1] == word[0] or (after is not None and after.group()[-1] != word[0])   # (周明、周红: two people)
            or (before is not None and before.group()[0] != word[0]))


_FARM_SEASONS = frozenset("夏收 秋收 夏种 秋种 麦收 春耕 春播 夏播 秋播 夏管 秋管 三夏 三秋 夏粮 秋粮 早稻 晚稻".split())
_PARTY_BODY = re.compile(r"中央|[\u4e00-\u9fff]{1,8}?(?:委|党组|支部)")
_ZONES = frozenset(("住宿区", "生活区", "办公区", "经营区", "生产区", "仓储区", "作业区", "休息区", "候车区", "等候区",
                    "缓冲区", "功能区", "居住区", "住宅区", "储存区", "加工区", "养殖区", "隔离区", "观察区",
                    "宿舍区", "教学区", "校区", "园区", "商业区", "工业区", "核心区", "试验区", "实验区", "展示区"))
_AREA_KINDS = ("山区", "峡谷区", "林区", "沙区", "库区", "牧区", "矿区", "灾区", "湖区", "垦区", "盲区", "误区", "禁区", "疫区",
               "危险区", "风险区", "易发区", "高发区", "影响区")   # 山洪危险区: a kind of area
# Works likewise: 病险水库, 经济高速(发展) are a kind or a phrase; 澜沅高速, 青龙水库 name one work.
_WORKS_SUFFIXES = ("高速公路", "高速", "水库", "船闸", "大桥", "隧道", "铁路")
_WATERS = ("水道", "航道", "锚地", "渔场", "港区", "港")
_PLAIN_TAGS = frozenset("n vn v a ad an d l i j b".split())


@lru_cache(maxsize=1 << 14)
def _dictionary_tags(text: str) -> tuple[tuple[str, str], ...]:
    """rjieba's tags with no new words guessed (the dictionary's words only)."""
    import rjieba

    return tuple(rjieba.tag(text, False))


def _dictionary_noun(text: str) -> bool:
    """Whether jieba's dictionary itself (no new words guessed) has the text as one common noun:
    棚户区 is one, 勐坎县 (a word only the guesser makes) is not."""
    tags = _dictionary_tags(text)
    return len(tags) == 1 and tags[0][1] in ("n", "vn", "l")


def word_tags(text: str) -> tuple[tuple[str, str], ...]:
    """rjieba's (word, part of speech) pairs for a short text (remembered: short texts repeat)."""
    return _tag(text)


def place_word(text: str) -> bool:
    """Whether jieba's dictionary reads the whole text as one place name (上海, 伊朗; not 安康/nr)."""
    return _tag(text) == ((text, "ns"),)


# how an estate's own name ends (绿洲花园, 阳光家园): plain words, yet a name before 小区
_ESTATE_NAME_ENDS = ("花园", "家园", "新村", "新城", "华庭", "华府", "名苑", "雅苑", "嘉园", "公馆", "山庄", "苑")
_ESTATE_NAME = re.compile(r"(?!美丽|幸福|和谐|温馨|平安|绿色|文明|美好|共同|精神|宜居|安居|温暖|老旧|新建)"
                          r"[^\W\d的之在是和与及向到对为从把被等个处该此这那某各全本我其]{2}(?:"
                          + "|".join(e for e in _ESTATE_NAME_ENDS if len(e) == 2) + ")$")


def _plain_words(stem: str) -> bool:
    tags = _tag(stem)   # (养老, which the dictionary tags nr, is as plain as its other generic words)
    return bool(tags) and all(t in _PLAIN_TAGS or w in _GENERIC_WHOLE for w, t in tags)


def find_named(field: str, text: str) -> list[Span]:
    """Named places, organisations, projects, people and cited cases, with kind."""
    out = [span for names in _NAME_SCANS for span in names(field, text)]
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def first_named(field: str, text: str) -> Span | None:
    """One of :func:`find_named`'s names that is not a project (the first one a scan finds, not the
    first in the text), or None: whether the text names anyone or anywhere, without finding every name."""
    for names in _NAME_SCANS + (_named_projects,):
        if names is not _project_names:
            for span in names(field, text):
                return span
    return None


# jieba's dictionary holds real towns as common nouns (桥头镇, 水口镇, 芦洲乡); these stems make kinds of town
_KIND_TOWN_STEMS = frozenset("县乡 乡乡镇 农业村 民族 示范 建制 特困 贫困 生态 中心 重点 特色 合作".split())


def _a_town_of_the_dictionary(name: str) -> bool:
    return name[-1] in "镇乡" and "之" not in name and name[:-1] not in _KIND_TOWN_STEMS


def _suffix_names(field: str, text: str, pattern: re.Pattern, kind: str, lo: int, hi: int) -> Iterator[Span]:
    for begin, end in _stems_before(text, pattern, lo, hi):
        name = text[begin:end]
        if name.endswith("协商会"):
            continue   # 专题协商会: a meeting, not a chamber of commerce (商会)
        if name[-1] == "旗" and name[-2] in _FLAG_BEFORE:
            continue   # 服务队授旗, 五星红旗: a flag, not a banner (乌日根旗)
        if name.endswith(_KIND_SUFFIXES) and (_common_word(name[:-2]) or _known_plain(name[:-2])
                                               or name.startswith(_VERBS_BEFORE_A_KIND) or (
                text[begin - 1:begin + 1] in _GENERIC_STEMS + tuple(_GENERIC_WHOLE) and _common_word(name[1:-2]))
                or text[max(0, begin - 2):begin] in _SCOPES_BEFORE):
            continue   # 茶叶市场, 劳务市场, 种植基地, 外|地客源市场, 辖区|电子烟市场: a kind of market, not one market;
            # 力争文旅市场(秩序好转): a verb before the kind
        if _kind_of_facility(name):
            continue
        if kind == "organisation" and _a_kind_of_firm(name):
            continue   # 小额贷款公司, 融资担保公司: a kind of firm, in plain dictionary words
        if kind == "organisation" and begin and text[begin - 1:begin + 1] == "会同":
            continue   # (市教育局)会|同行业协会…: "together with", not 同行业协会
        if kind == "organisation" and name.endswith(_BRANCHES) and (
                field == "title" or _common_word(name[:-len(next(b for b in _BRANCHES if name.endswith(b)))])):
            continue   # 税务分局, 城区税务分局: a kind of branch; 北塘分局 is named by its place (as a case in
            # the body; a title's 桐西分局 is the reporting unit, which makes no topic of its own)
        if _a_trade(name) or (name.endswith("种业") and (name[-3] == "制" or _SEED_TRADE_NOT_A_FIRM.search(name[:-2]))):
            continue   # 生物药业, 传统酒坊: a trade, not a firm; 发展制种业, 西南种业(高地): a trade or a region's
        if kind == "organisation" and splits_word(text, begin) and not (
                name.endswith(_TRADE_SUFFIXES) and text[begin - 1] in _FUNCTION_FIRST) and (   # 由|金穗种业: a firm
                _plain_stem(name[1:]) or _kind_of_facility(text[begin - 1:end])
                or (_ORG_SUFFIX.search(name, 1) or _ORG_SUFFIX.search(name)).start() < 3):
            continue   # 全|部公办小学, 区|域性养老服务中心, 境|内子公司: the stem starts inside a word, and what is left is a kind
        if kind == "organisation" and len(name) >= 6 and splits_word(text, begin):
            begin, name = begin + 1, name[1:]   # 联|合宁埠港务公司: 宁埠港务公司
        works = next((w for w in _WORKS_SUFFIXES if name.endswith(w)), None)
        if works is not None:
            if splits_word(text, begin):
                begin, name = begin + 1, name[1:]   # 实|施病险水库: 病险水库
            if len(name) - len(works) < 2 or _plain_words(name[:-len(works)]) or any(
                    tag in ("t", "f") for _, tag in _tag(name[:-len(works)])):
                continue   # (国庆|节前铁路: a time before the works, no name)
        if _quoted(text, begin, end):
            continue   # “时间银行”: a model's name in quotes (a project), not a bank
        if kind == "place" and (_kind_of_area(name) or name in _ZONES or name in _PORT_KINDS):
            continue
        if kind == "place" and name[-1] in "省市县区旗镇乡村岛" and (
                (_dictionary_noun(name) and not _a_town_of_the_dictionary(name)) or name in _KIND_ISLANDS):
            continue   # 棚户区, 贫困村: one common noun of the dictionary, not a name
        if name.endswith("社区") and name[-3:-2] == "点":
            continue   # 定居点社区, 安置点社区: a kind of community
        if name.endswith("社区") and text.startswith(_COMMUNITY_SERVICES, end) and _plain_words(name[:-2]):
            continue   # 精神障碍社区康复机构: 社区 qualifies a kind of service, no community is named
        if (kind == "place" and name.endswith(("小区", "片区")) and len(name) >= 5 and _plain_words(name[:-2])
                and not name[:-2].endswith(_ESTATE_NAME_ENDS)):
            continue   # 商品房小区, 老旧住宅小区: a kind of estate (绿洲花园小区 is one)
        if name.startswith("会同") and begin and text[begin - 1] in _INSTITUTION_LAST:
            continue   # 县政府办公室会同县教育局: "together with", not 会同县
        if kind == "place" and name[-1] in "镇乡" and len(name) >= 4 and splits_word(text, begin):
            begin, name = begin + 1, name[1:]   # 近年|来梅岭镇: 梅岭镇
        if kind == "place" and (name[-1] == "村" or (name[-1] == "区" and not name.endswith(_NOT_JURISDICTION))):
            if len(name) >= 4 and _plain_words(name[:-1]):
                continue   # 信号薄弱村, 直播间评论区: a kind of village or area, not one
            if splits_word(text, begin):
                if len(name) <= 3:
                    continue   # 偏|远山区: no district
                begin, name = begin + 1, name[1:]   # 发|现清源区: 清源区
                if len(name) >= 4 and _plain_words(name[:-1]):
                    continue   # 清|理规范社区: 规范社区 is no name either
        if (kind == "place" and name.endswith("街道") and splits_word(text, begin)
                and all(t in ("v", "vn", "a", "ad") for _, t in _tag(name[1:-2]))):
            continue   # 及|时畅通街道(反映渠道): a verb before the streets, not a street named 时畅通 (中山|区人民路街道 is one)
        if kind == "place" and name.endswith(_MARKETS):
            continue   # a supermarket (the organisation pattern reads it) or a night market, not a city
        area = next((a for a in _NOT_JURISDICTION if name.endswith(a)), None) if kind == "place" else None
        if area is not None and splits_word(text, begin):
            begin, name = begin + 1, name[1:]   # 清|理规范社区: the stem starts inside a word
            if len(name) - len(area) < 2 or _plain_words(name[:-len(area)]) or name[:-len(area)] in _GENERIC_WHOLE:
                continue   # 幸|福宜居社区: 宜居社区 is a kind
        if kind == "place" and name[-1] in "省市县区" and not name.endswith(_NOT_JURISDICTION):
            yield Span(field, begin, end, name, "jurisdiction")
        else:
            yield Span(field, begin, end, name, kind)


def _place_names(field: str, text: str) -> Iterator[Span]:
    yield from _suffix_names(field, text, _PLACE_SUFFIX, "place", 2, 4)
    if "城区" not in text:
        return
    for m in _ONE_CHARACTER_CITY_DISTRICT.finditer(text):   # 澜城区: the suffix scan never tries a stem ending in 城
        if _named_city_district(m.group()) and not splits_word(text, m.start()):
            yield Span(field, m.start(), m.end(), m.group(), "jurisdiction")


_ONE_CHARACTER_CITY_DISTRICT = re.compile("[\u4e00-\u9fff]城区")


def _organisation_names(field: str, text: str) -> Iterator[Span]:
    return _suffix_names(field, text, _ORG_SUFFIX, "organisation", 2, 6)


def _project_names(field: str, text: str) -> Iterator[Span]:
    yield from _suffix_names(field, text, _PROJECT_SUFFIX, "project", 2, 6)
    for m in _QUOTED.finditer(text):
        yield Span(field, m.start(), m.end(), m.group(), "project")


def _person_names(field: str, text: str) -> Iterator[Span]:
    for m in _person_matches(text):
        value = m.group()
        if text[m.end():m.end() + 1] in "一些种个类":  # 某一部门, 某些单位: not a person
            continue
        if value[-1] in _INSTITUTION_LAST or value.endswith(_COUNCILS):
            continue   # 水管站(站长), 调解委员会(主任): a unit before a post, not a person
        if value.startswith(_ROLES) or (value[0] in _SURNAMES and not splits_word(text, m.start())
                                        and not splits_word(text, m.end())   # 卫生厕|所长期: no post
                                        and (_PERSON_MARK_AT.search(value) or _reads_as_name(value))):
            yield Span(field, m.start(), m.end(), value, "person")
    for m in _PERSON_AFTER_POST.finditer(text):
        if (m.group(1)[0] in _SURNAMES and not _BAD_CHAR.search(m.group(1)) and not _common_word(m.group(1))
                and _reads_as_name(m.group(1))):   # 职工|安置难: a verb phrase, not a name
            yield Span(field, m.start(1), m.end(1), m.group(1), "person")


def _listed_places(field: str, text: str) -> Iterator[Span]:
    """Places named before a count of their kind (望潮、鹭门两个街道; 澄沙、盐埕两镇; 青榴、红崖、沙沟等乡镇)."""
    for m in _LISTED_PLACES.finditer(text):
        for k in (1, 2):
            stem = m.group(k)
            if stem not in _GENERIC_WHOLE and not stem.startswith(_GENERIC_STEMS) and not _common_word(stem):
                yield Span(field, m.start(k), m.end(k), stem, "place")
    if "线" in text:
        for m in _LISTED_ROADS.finditer(text):   # 青石线、龙桐线等4条县道: roads by their names
            yield Span(field, m.start(), m.end(), m.group(), "place")
    if "等" in text:
        for m in _LISTED_STREETS.finditer(text):   # 人民路、鼓楼街等7处路段: streets by their names
            start = m.start(1) + (len(m.group(1).split("、")[0]) == 4 and text[m.start(1)] in _BEFORE_A_PLACE)   # 在人民路
            streets = text[start:m.end(1)].split("、")
            if not any(_a_kind_of_road(s) for s in streets):
                yield Span(field, start, m.end(1), text[start:m.end(1)], "place")
    if "家" in text:
        for m in _LISTED_FIRMS.finditer(text):
            names = _LIST_ITEM.findall(m.group(1))
            if (len(names) >= 2 or names[0].startswith("“")) and all(
                    n.startswith("“") or not (len(_dictionary_tags(n)) == 1 or n in _GENERIC_WHOLE
                                              or n.startswith(_GENERIC_STEMS) or n[0] in _NON_NAME) for n in names):
                yield Span(field, m.start(1), m.end(1), m.group(1), "organisation")
    if "等" in text:
        for m in _LISTED_THREE.finditer(text):
            stems = m.groups()
            if (not any(s in _GENERIC_WHOLE or s in _AREA_KINDS or s.startswith(_GENERIC_STEMS) for s in stems)
                    and sum(not _dictionary_noun(s) for s in stems) >= 2):
                for k in (1, 2, 3):
                    yield Span(field, m.start(k), m.end(k), m.group(k), "place")


# 如意出行、快鹿出行2家主要平台, “e路捷”等3家聚合平台: firms named before a count of their kind
_FIRM_ITEM = r"“[^”]{1,10}”|[\u4e00-\u9fff]{2,4}"
_LISTED_FIRMS = re.compile(rf"((?:{_FIRM_ITEM})(?:、(?:{_FIRM_ITEM}))*)等?"
                           r"(?:\d+|[两二三四五六七八九十])家[\u4e00-\u9fff]{0,4}?(?:平台|企业|公司|银行|超市|门店|药店|医院|商户|配送站|网点)")
_LISTED_ROADS = re.compile(r"[\u4e00-\u9fff]{2}线(?:、[\u4e00-\u9fff]{2}线)+等?(?:\d+|[两二三四五六七八九十])条")
_LIST_ITEM = re.compile(_FIRM_ITEM)
_BEFORE_A_PLACE = "在对从于沿经向和与及至到将把"
# stems of a kind of road, not of a road's name (县乡路、村组路等: roads of those levels)
_ROAD_KINDS = frozenset("县乡 乡村 村组 村级 县级 农村 城乡 机耕 产业 河堤 堤顶 进村 入户 背街 主干 次干 支线 干线 沿河 沿街 小区 园区 景区 巡河 巡山".split())
_LISTED_STREETS = re.compile(r"((?:[\u4e00-\u9fff]{2,3}[路街])(?:、[\u4e00-\u9fff]{2,3}[路街])+)等")


def _a_kind_of_road(street: str) -> bool:
    """主干路, 机耕路, 产业路: a kind of road (one common dictionary noun, or a common word and 路) —
    not 人民路 or 中山路, which name one. A street whose stem is a common noun stays a name only
    beside others that are not kinds (人民路、鼓楼街): the caller asks of every one."""
    tags = _dictionary_tags(street)
    if len(tags) == 1:
        return tags[0][1] not in ("ns", "nz", "nt", "nr")
    return street[:-1] in _ROAD_KINDS or any(t in ("v", "vn", "a") for _, t in tags)
_PLACE_KINDS = "街道|乡镇|镇|乡|村|社区|片区|园区|景区|渔港|港口|码头|水库|林场|牧场"
_LISTED_PLACES = re.compile(r"([\u4e00-\u9fff]{2})、([\u4e00-\u9fff]{2})(?:两|二|2)(?:个(?:[\u4e00-\u9fff]{2})?)?"
                            rf"(?:{_PLACE_KINDS})")   # 石门、竹园两个供水片区; 鹭门、大岙2个渔港
# 青榴、红崖、沙沟等乡镇, 鹭门、青礁、大岙等6个渔港: three places of a kind, at least two of them words the
# dictionary does not know
_LISTED_THREE = re.compile(rf"([\u4e00-\u9fff]{{2}})、([\u4e00-\u9fff]{{2}})、([\u4e00-\u9fff]{{2}})等(?:\d+个)?(?:{_PLACE_KINDS})")


# a factory's old housing estate (纺织厂宿舍, 机床厂小区, 化肥厂家属院): one place, known by its factory
_FACTORY_COMPOUND = re.compile(r"(?:纺织|棉纺|毛纺|针织|机床|化肥|水泥|钢铁|造纸|印染|玻璃|陶瓷|机械|电机|农机|拖拉机|肉联|罐头|啤酒"
                               r"|卷烟|火柴|被服|轴承|柴油机|变压器|制药|冶炼|化工|橡胶|面粉|糖|酒|电)厂(?:宿舍|家属院|家属区|生活区|小区)")


def _case_names(field: str, text: str) -> Iterator[Span]:
    for m in anchored_finditer(_CASE, text, _CASE_ANCHOR, 2):
        if m.group() in _BARE_CASES or "平均" in m.group():
            continue   # 一个小区分属两个社区: any estate, not one; 一名村医平均要管理…: any of them, on average
        yield Span(field, m.start(), m.end(), m.group(), "case")
    for m in _LEVEL_HOSPITAL.finditer(text):
        yield Span(field, m.start(), m.end(), m.group(), "case")
    if "台" in text:
        for m in _MOUNTAIN_STATION.finditer(text):
            yield Span(field, m.start(), m.end(), m.group(), "organisation")
    if field == "body" and "集团" in text:   # a title's 市金控集团 is the reporting unit: no topic of its own
        for m in _LEVEL_GROUP.finditer(text):
            yield Span(field, m.start(), m.end(), m.group(), "organisation")
    for m in _GOVERNMENT_SEAT.finditer(text):
        yield Span(field, m.start(), m.end(), m.group(), "jurisdiction")
    if field == "body" and "厂" in text:   # (a title's 机床厂宿舍小区 over a body's 小区: the same estate)
        for m in _FACTORY_COMPOUND.finditer(text):   # 纺织厂宿舍, 机床厂小区: one old estate, by its factory
            yield Span(field, m.start(), m.end(), m.group(), "place")
    if "号" in text:
        for m in _NUMBERED_BUILDING.finditer(text):
            yield Span(field, m.start(), m.end(), m.group(), "case")
    if "“" in text or "「" in text:
        for m in _VESSEL.finditer(text):
            yield Span(field, m.start() + 1, m.end() - 1, m.group()[1:-1], "case")
    if "渔" in text:
        for m in _VESSEL_BARE.finditer(text):
            yield Span(field, m.start(1), m.end(1), m.group(1), "case")
    if "道" in text or "线" in text:
        for m in _NUMBERED_ROAD.finditer(text):   # 省道231线, G318线: one road by its number
            yield Span(field, m.start(), m.end(), m.group(), "place")


# One numbered building of one site (城郊粮库3号仓, 滨河家园3号楼)
_NUMBERED_BUILDING = re.compile(r"[\u4e00-\u9fff]{2,6}(?:粮库|仓库|家园|花园|小区|新村|公寓|大厦|工厂|电站)\d{1,3}号(?:仓|楼|库|厂房|车间|机组)")


# A vessel by its registration without quotes (查获…岚渔05218号拖网渔船): the place abbreviations before
# 渔, not a word before them (的岚渔…)
_VESSEL_BARE = re.compile(r"(?:^|(?<=[的将对把被与和及在向从、，。\s]))([\u4e00-\u9fff]{1,2}渔[运养辅冷]?\d{4,6}号)")
_NUMBERED_ROAD = re.compile(r"(?:国道|省道|县道)\d{2,4}线|(?<![A-Za-z])[GSX]\d{3}(?:线|国道|省道|县道)")
# A vessel by its registration, in quotes (“鲸澳渔06287”): one boat
_VESSEL = re.compile(r"[“「][\u4e00-\u9fff]{2,4}\d{4,6}号?[”」]")


# The one hospital of a level (市人民医院, 县中医院, 市第一人民医院): one institution, though named by its level
# 各市, 全县, 城区, 景区…: no one level's institution follows
_NOT_ONE_LEVEL_BEFORE = r"(?<![各全每辖城社园景片山林郊])"
_LEVEL_HOSPITAL = re.compile(_NOT_ONE_LEVEL_BEFORE + r"[市县区](?:第[一二三四五六七八九十]+)?(?:人民医院|中医院|中医医院|妇幼保健院|妇幼保健计划生育服务中心"
                             r"|图书馆|文化馆|博物馆|档案馆|城建档案馆|科技馆|体育馆|殡仪馆|社会福利院|儿童福利院"
                             r"|[\u4e00-\u9fff]{2,4}?科学研究[院所]|农科院|林科院)"   # 市农业科学研究院: the level's one institute of a field
                             # 县第二中学, 县城关第一中学: the one school of its number
                             r"|(?<![各全每])[市县区](?:城关|城区)?第[一二三四五六七八九十]+(?:实验|高级|初级|职业)?(?:中学|小学)"
                             r"|" + _NOT_ONE_LEVEL_BEFORE + r"[市县区](?:第?[一二三四五六七八九十]+医院|中心医院)")   # 市一医院, 市中心医院
# The one group of a trade a level owns (市城投集团, 市燃气集团, 县文旅集团): one enterprise, named by its
# trade. Not 市属|企业集团 (a kind of enterprise), 城市医疗集团 (a kind of alliance) or 城区|与寒重集团.
_LEVEL_GROUP = re.compile(_NOT_ONE_LEVEL_BEFORE + r"[市县区](?![属直级管内场和与是及对向在为由把被将从])[\u4e00-\u9fff]{2,4}?(?<!医疗)集团")


# A transmitting station named by its mountain (青屏山广播电视发射台, 鹰嘴岩转播台): one station
_MOUNTAIN_STATION = re.compile(r"[\u4e00-\u9fff]{1,3}[山岩岭峰顶坡](?:广播电视|电视|广播)?(?:发射台|转播台|差转台)")


# The one seat of a level's government (市行政中心, 县政务服务中心, 市民服务中心): a named place, but the
# jurisdiction's own, so no case that backs a claim (市政务服务中心高度重视…满意度大幅提高). None of the 83
# dev items naming one is labelled no-examples.
_GOVERNMENT_SEAT = re.compile(_NOT_ONE_LEVEL_BEFORE + r"[市县区](?:行政中心|行政办公大楼|政务服务中心|民服务中心|财政大楼)")


_BARE_CASES = frozenset(("一个小区", "一个社区", "一处小区", "一个学校", "一所学校"))


# A quoted name of a local brand or app (“楼门管家”“银发帮帮团”等品牌项目, “澜港通”平台): one named
# project. A campaign's name before 工程/项目 (“明厨亮灶”工程) is a national programme, not a case.
# (“溪品优选”直播间, “澄溪云”采编系统: one channel or system, by its name)
_NAMED_PROJECT = re.compile(r"(?:[“「][^”」\n]{2,12}[”」][、和与及]?){1,4}(?:等?(?:\d+个)?"
                            r"(?:(?:服务|特色|志愿服务)?品牌|平台|小程序|APP|app|认证基地|(?:地理标志)?(?:证明)?商标|地理标志|应用场景|场景"
                            r"|(?:助农|带货|官方)?直播间|公众号|视频号|客户端|采编系统"
                            r"|(?:青年)?(?:志愿)?服务队|志愿队|突击队|宣讲团)"   # “青春护河”志愿服务队: one team, by its name
                            r"|等\d+个(?:项目|楼盘|小区))")   # “锦绣华庭”等3个项目: named sites counted (not “时间银行”项目)


def _named_projects(field: str, text: str) -> Iterator[Span]:
    for m in _NAMED_PROJECT.finditer(text):
        yield Span(field, m.start(), m.end(), m.group(), "project")
    for start, end in variety_names(text):
        yield Span(field, start, end, text[start:end], "project")
    if "等" in text:   # (most texts have no counted list of quoted measures: one substring test)
        for m in _NAMED_MEASURES.finditer(text):
            yield Span(field, m.start(), m.end(), m.group(), "project")


# Measures or reforms named in quotes and counted (“保税维修再制造一体化监管”“外资企业跨境远程身份核验”等9项)
_NAMED_MEASURES = re.compile(r"(?:[“「][^”」\n]{4,20}[”」][、和与及]?){2,4}等\d+[项个条]")


# find_named's scans, in the order its names are listed before sorting
_NAME_SCANS = (_place_names, _organisation_names, _project_names, _person_names, _case_names, _listed_places)


_NOT_NAME_START = set("我全各本该此这那某省市县区镇乡村盟旗")   # 盟民宗委, 旗林草局: a level, then a body
_COUNCILS = ("委员会", "理事会", "协会", "商会", "联合会")
_INSTITUTION_LAST = set("站所局委办院队厂社科处室部")
_JOINING = set("及和与或等的")
_INSTITUTION_AFTER = ("部门", "系统", "机构", "局", "委", "办", "厅", "站", "所", "中心")
# The tagger's 沿海街道, 沿江乡镇: the ones by the coast or river, a kind, not a place
_ALONG_THE_COAST = re.compile("(?:沿海|沿江|沿湖|沿边)(?:街道|乡镇|镇|村|社区|地区|城市|县区|县市|县)")
# Mass organisations and bodies every place has, by their short names: the reporting unit (市妇联),
# not a named case.
_GENERIC_BODIES = frozenset(("港航", "妇联", "团委", "工会", "总工会", "科协", "残联", "侨联", "文联", "工商联", "红十字会", "红十字",
                             "统战部", "宣传部", "组织部", "政法委", "编办", "台办", "侨办", "外办",
                             "人大", "政协", "纪委", "监委", "妇女之家", "村委会", "居委会", "共青团", "团组织",
                             "老年大学", "供销社", "广电", "科普", "大城市", "海绵城市"))   # (kinds every place has)
_GENERIC_BODY_SECTION = re.compile(r"(?:团[省市县区旗]委|[省市县区旗](?:妇联|总工会|科协|残联|侨联|文联|工商联|红十字会))"
                                   r"[\u4e00-\u9fff]{0,6}(?:部|办公室|办|处|科|室)")
# the rest of a list of goods after an entity (高香|、鞭炮等物品)
_GOODS_LIST_AFTER = re.compile(r"(?:、[^，。；、\d]{1,8}){0,6}等?(?:物品|商品|产品|货物|物资|用品|食品)")
# A template's placeholder before a name (××新能源公司, XX县): nobody is named yet.
_PLACEHOLDER_BEFORE = re.compile(r"(?:[X×xＸ]{1,3}|〔待补充〕)$")
# The last characters of a body's name (…厂, …实验室, …研究所, …大厦, …集团): an ORG of plain words
# that ends otherwise is a phrase the tagger took for one (品牌影响力).
_BODY_LAST = frozenset("厂室所站馆院社部局会队心厦司团行店园场校署委办处科庭台館")
_GENERIC_ENTITY_END = ("乡村", "农村", "城乡", "社区", "基层", "地区", "各地", "全国", "全省", "全市", "全县")


def names_from_entities(field: str, entities: list[tuple[str, str, int, int]], text: str | None = None) -> list[Span]:
    """Proper names among NER entities: a person of two characters or more, a place or body whose
    name has its own stem (中国, 青川县人民法院), not a generic unit (县民政局, 市法院) or noise.
    With the ``text`` the offsets point into, a person that starts inside a word (分|管负责同志,
    及|时了解) is the tagger's mistake, not a name."""
    out = []
    for word, tag, start, end in entities:
        if text is not None and _EVERY_BEFORE.search(text, max(0, start - 4), start):
            continue   # 各沿海镇, 各县区卫健局: every one of a kind, not one
        if tag != "PER" and len(tags := _tag(word)) == 1 and tags[0][1] in _FUNCTION_TAGS:
            continue   # 其中: a function word the tagger took for a body
        if tag == "ORG" and text is not None and (joined := _JOINED.search(word, 2)) and joined.end() < len(word) - 1:
            out.extend(names_from_entities(field, [(word[:joined.start()], tag, start, start + joined.start()),
                                                   (word[joined.end():], tag, start + joined.end(), end)], text))
            continue   # 团县委学校部联合县市场监管局: two bodies working together, each a name or not on its own
        if tag == "ORG" and _STAR_RANK.fullmatch(word) and text is not None and (
                len(_STAR_RANK.findall(text)) > 1 or text.startswith(("级", "以上"), end)):
            continue   # 一星至三星, 三星级: a rank, not the firm
        if tag == "ORG" and text is not None and _counted_kind(word, text):
            continue   # (建议将)红十字应急救援队(装备更新…) beside 全县现有红十字应急救援队4支: a kind of body, counted
        if (tag == "ORG" and len(word) > 4 and word[2] in _LEVELS and text is not None
                and len(lead := _dictionary_tags(word[:2])) == 1 and lead[0][1] in _PLAIN_TAGS
                and not names_from_entities(field, [(word[2:], tag, start + 2, end)], text)):
            continue   # 联系|县康复中心: a word before a county's generic body, not a county named 联系
        if tag == "PER" and any(t == "m" and _NUMERAL.search(w) for w, t in _tag(word)):
            continue   # 高一级(师资): a numeral, no person
        if tag == "ORG" and (led := _JURISDICTION_LED.match(word)) and led.group(1)[0] not in _NOT_NAME_START and not (
                led.group(1) in _GENERIC_WHOLE or led.group(1).startswith(_GENERIC_STEMS)):
            out.append(Span(field, start, end, word, "organisation"))
            continue   # 枫渡县委网信办: a body of a named county, whatever the tagger reads 枫渡 as
        if (tag != "PER" and word.endswith(_NAMED_AFTER_A_PLACE)) or (text is not None and (
                _after_a_date(text, start) or (tag != "PER" and misread_place(text, start, end)))):
            continue   # 非洲猪瘟, 美国|白蛾: a disease or a pest; 15日|本: a date; no place
        if tag == "LOC" and _ALONG_THE_COAST.fullmatch(word):
            continue   # 2个沿海街道, 沿江乡镇: the ones by the coast or river, a kind, not a place
        if tag == "LOC" and all(c in _LEVELS for c in word):
            continue   # 州县, 市县: the levels, not a place
        if tag == "LOC" and len(word) == 2 and word[1] in "村乡镇县" and (
                word[0] in "下进驻到包入回" or (word[0] in "和与及" and text is not None and start and "\u4e00" <= text[start - 1] <= "\u9fff")):
            continue   # 下村宣讲: to the villages; 乡镇和县…: "and the county", not 和县
        if tag != "PER" and len(word) == 2 and text is not None and text.startswith(_KIND_AFTER, end):
            continue   # 普惠机构, 博爱家园: a word that qualifies a kind, not a name
        if tag != "PER" and (word[0] == "涉" and len(word) == 2 or _OWN_COMMITTEE.fullmatch(word)):
            continue   # 涉河(违建): "involving the river"; 社区党委: the community's own committee, no name
        if (tag == "LOC" and len(word) == 3 and word[-1] in _LEVELS
                and _dictionary_tags(word[:-1])[0][1] in ("f", "p", "c", "d") and word[1] in _NON_NAME):
            continue   # (汇总)后报县: a verb's tail before a level (后/f 报/v), not a county (前屯镇 is one)
        if tag == "PER" and text is not None and _quoted(text, start, end):
            continue   # 所谓“周结”，就是…: the name of a practice's step, not a person
        if tag == "PER" and len(word) == 2 and all(c in _LANDFORMS for c in word) and not any(
                t.startswith("nr") for _, t in _dictionary_tags(word)):
            continue   # 位于林缘: a forest's edge, not a person
        if text is not None and _IDIOM.search(text, max(0, start - 4), end + 4):
            continue   # 责任重于泰山: an idiom, not a place
        if tag == "PER" and text is not None and _SOME_BEFORE.search(text, max(0, start - 2), start):
            continue   # 部分林分: a part of something, not a person
        if tag == "PER" and text is not None and _GOODS_LIST_AFTER.match(text, end):
            continue   # 大香、高香、鞭炮等物品: one of a list of goods, not a person
        if tag == "PER" and word in _FARM_SEASONS:
            continue   # 夏收准备: the summer harvest, not a person named 夏收
        if tag == "PER" and text is not None and _in_a_schedule(word, text, start, end):
            continue   # “周调度、月通报”, 日检和周检: a weekly routine, not a person named 周
        if word == "中共" and text is not None and not _PARTY_BODY.match(text, end):
            continue   # 抓拍中|共查处: no party named
        if tag == "PER" and len(word) >= 3 and word[-1] in "师员" and word_tags(word[:-1])[0][1] not in ("nr", "nrfg", "nrt"):
            continue   # 心理咨询师: a profession, not a person
        if tag == "ORG" and len(word) > 3 and (word.startswith(_JOINTLY) or "会同" in word[2:-2]):
            if not word.startswith(_JOINTLY):   # 泓溪县总工会|会同县住建局: the body before "together with"
                k = word.index("会同", 2)
                out.extend(names_from_entities(field, [(word[:k], tag, start, start + k)], text))
            continue   # (县应急管理局)会同县自然资源局, 平安办会同燃气公司: "together with" generic bodies, not 会同县
        if tag == "LOC" and len(word) > 2 and _tag(word)[0][1] == "p":
            continue   # 比城区(学校低): a preposition before a kind of area, not a place
        if tag == "ORG" and _a_trade(word):
            continue   # 生物药业: a trade, not a firm
        if (tag == "ORG" and _unplaced_body(word)) or (tag != "PER" and _kind_of_facility(word)):
            continue   # 卫健局, 电子税务局, 农机合作社, 葡萄酒庄: a kind of body or place, with no name of its own
        if tag == "LOC" and (word in _AREA_KINDS or word in _ZONES or _kind_of_area(word)
                             or (text is not None and text.startswith(_AREA_KINDS, end))):
            continue   # 沙区, 高山峡谷区, 喀斯特|山区: a kind of area
        if tag == "ORG" and text is not None and splits_word(text, end) and not word.endswith(_REGISTERED_FIRM):
            continue   # 普惠托|位补贴: the tagger's entity ends inside a word (not …有限公司|财务人员: 司财 is no word's middle)
        if tag == "PER" and text is not None and (splits_word(text, start) or splits_word(text, end)
                                                  or text.startswith(_INSTITUTION_AFTER, end)
                                                  or (text.startswith("等", end) and text.startswith(_INSTITUTION_AFTER, end + 1))
                                                  ) and not _ROLE_BEFORE.search(text, max(0, start - 4), start):
            continue   # 各县区卫健|部门: a department, not a person (驾驶员赵国强|所开, 市民王某|为其父: one)
        if tag == "PER" and word in _DEPARTMENT_SHORT:
            continue   # (与公安、)卫健(、医保部门), 林草(工作简报): a department's short name the tagger took for a person
        if tag == "ORG" and (_a_kind_of_firm(word) or (word.startswith("会同") and _known_words_only(word[2:]))):
            continue   # 小额贷款公司; (市教育局)会同行业协会: a kind, "together with"
        if tag == "ORG" and _GENERIC_BODY_SECTION.fullmatch(word):
            continue   # 团县委学校部, 市妇联权益部: a section of a body every place has, the reporting unit
        if word in _GENERIC_BODIES or word.removesuffix("组织") in _GENERIC_BODIES or (
                tag == "ORG" and len(word) == 2 and _common_word(word)):
            continue   # 市妇联, 侨联组织; 电信(网络诈骗): a common noun, not a body
        if text is not None and _quoted(text, start, end) and _plain_words(word):
            continue   # “时间银行”: a model's name of plain words in quotes, not a bank (“澜付通” is a name)
        if (tag == "ORG" and word[0] in "县市区" and word.endswith(_REGISTERED_FIRM) and len(word) >= 9
                and _CJK_ONLY.fullmatch(word) and not _a_kind_of_firm(word[1:])):
            out.append(Span(field, start, end, word, "organisation"))
            continue   # 县万家福家政服务有限公司: a registered firm the county's name leads
        if len(word) < 2 or _BAD_CHAR_ENTITY.search(word) or word[0] in _NOT_NAME_START or word[-1] in _JOINING:
            continue   # (文创及日用百货): a list the tagger cut after its conjunction
        if text is not None and _PLACEHOLDER_BEFORE.search(text, max(0, start - 5), start):
            continue
        if tag == "LOC" and text is not None and (suffix := _unknown_stem_place(word, text, end)):
            out.append(Span(field, start, end + len(suffix), word + suffix, "place"))
            continue   # 塘背|片区: a stem the dictionary does not know, before a place's suffix
        if tag in ("LOC", "ORG") and len(word) == 2 and text is not None and (
                trade := next((t for t in _FIRM_TRADES if text.startswith(t, end)), None)):
            out.append(Span(field, start, end + len(trade), word + trade, "organisation"))
            continue   # 溪源|茶业办理商标质押融资: a name the tagger found, before a firm's trade
        if tag == "LOC" and (road := _NAMED_ROAD.fullmatch(word)) and not _a_kind_of_road(road.group(1)):
            out.append(Span(field, start, end, word, "place"))
            continue   # 人民路东段: one road, however common its stem's words
        if tag != "PER" and ((word.endswith(_GENERIC_ENTITY_END) and not _own_community(word)) or _only_generic(word)
                             or (_common_noun(word, tag) and not (tag == "ORG" and word.endswith(_FIRM_END)))):
            continue
        if (tag == "ORG" and _phrase_not_body(word, text[end:end + 1] if text is not None else "")
                and not (text is not None and _ONE_OF_THE_FIRMS.match(text, end))):
            continue   # 品牌影响力: plain words that end like no body, not a body (鑫港船舶修造厂 is one; so is
            # 宏益电子 of 宏益电子、康宁家政等企业: named as one of the firms)
        if tag != "PER" and word[-1] == "长":
            continue   # 河湖长, 林长: a post the tagger took for a place or body
        if tag == "LOC" and all(c in _LANDFORMS or c == "沿" for c in word):
            continue   # 湖汊、洲滩, 沿河沿塘: a kind of landform (or along one), not one place
        if tag == "LOC" and text is not None and (splits_word(text, start, dictionary_only=True)
                                                  or text.startswith(_POLICY_AFTER, end)
                                                  or text[max(0, start - 2):start] in _POLICY_AFTER
                                                  or (word[-1] == "村" and text[end:end + 1] in "组民级"
                                                      and _plain_words(word[:-1]))):
            continue   # 拦|沙坝: inside a word; 惠民(政策), 政策惠民: a policy's; 高山村组: a kind of village group
        if text is not None and ((tag == "LOC" and word == "中国" and text.startswith("特色", end))
                                 or (tag == "PER" and text.startswith(("新时代", "总书记重要", "总书记关于"), end))):
            continue   # 习近平新时代中国特色社会主义思想: a doctrine's name, not a place or person the item reports on
        if tag == "ORG" and word.startswith(_FIRM_CLASSES):
            continue   # 规模以上工业企业: a class of firms, not one
        if tag == "PER" and (word.endswith("制") or (len(word) == 2 and word[1] == "农")):
            continue   # 林长制: a system; 林农, 菜农: a kind of farmer
        if tag == "PER" and (not (word[0] in _SURNAMES or len(word) >= 3) or _common_word(word)):
            continue   # 林长, 网格长: a post the tagger took for a name
        out.append(Span(field, start, end, word, {"PER": "person", "LOC": "place", "ORG": "organisation"}[tag]))
    return out


_POLICY_AFTER = ("政策", "工程", "举措", "实事", "资金")
_JOINED = re.compile(r"(?:联合|会同|协同|携手)(?![会社体村乡镇])")   # (志愿服务联合会, 联合村: one body or village)
_REGISTERED_FIRM = ("有限公司", "有限责任公司")
# a person's role right before the name (驾驶员赵国强, 市民王某)
_ROLE_BEFORE = re.compile("(?:村民|居民|市民|群众|驾驶员|司机|职工|员工|工人|农户|老人|患者|学生|店主|业主|经营户|租户|当事人|申请人|信访人)$")
_STAR_RANK = re.compile("[一二三四五六七]星")   # 一星至三星志愿者
_NUMERAL = re.compile("[一二三四五六七八九十两]")
# the other firms of a list and its kind after a name (宏益电子、康宁家政等企业)
_ONE_OF_THE_FIRMS = re.compile(r"(?:、[^，。；、\d]{2,8}){0,4}等(?:\d+家)?(?:企业|公司|商户|经营户|合作社)")
_COUNTED_AFTER = re.compile(r"\d+(?:支|个)")   # 救援队4支: how many of a kind
_NAMED_ROAD = re.compile("([\u4e00-\u9fff]{2,3}(?:路|大道|大街))(?:[东西南北中]段)?")
# services a community gives (社区康复, 社区矫正): 社区 before them qualifies the service
_COMMUNITY_SERVICES = ("康复", "矫正", "戒毒", "养老", "卫生", "医疗", "服务")


def _counted_kind(word: str, text: str) -> bool:
    """Whether ``word`` stands anywhere in ``text`` right before a count of it (红十字应急救援队4支)."""
    at = text.find(word)
    while at >= 0:
        if _COUNTED_AFTER.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _own_community(word: str) -> bool:
    """樟园社区: a community with a stem of its own (城乡社区, 农村社区 are kinds)."""
    return word.endswith("社区") and len(word) >= 4 and _CJK_ONLY.fullmatch(word) is not None and _a_names_stem(word[:-2])


def _a_names_stem(stem: str) -> bool:
    """A stem the dictionary does not know as one word (樟|园), or a noun of three characters or more
    it knows as one (狮子岩): a name's, not a kind's (病险, 城乡, 大中型)."""
    tags = _dictionary_tags(stem)
    return len(tags) > 1 or (len(stem) >= 3 and tags[0][1] in ("n", "ns", "nz", "nr"))


_OWN_COMMITTEE = re.compile("(?:社区|村|镇|乡|街道)(?:党委|党总支|党支部|党工委|居委会|村委会|两委)")
_KIND_AFTER = ("机构", "家园", "政策", "服务", "托育", "养老", "金融", "理念")
_FIRM_CLASSES = ("规模以上", "限额以上", "规上", "限上")
_LANDFORMS = set("洲滩湖河江海港湾岛屿山岭峰沟汊溪塘坡谷泉渠堤坝岸礁林缘道")   # (林道: a forest road)
_EVERY_BEFORE = re.compile(r"(?:各|每个?|所有)(?:县区|县市区|乡镇|市县)?$")
_BODY_END = ("局", "委", "办", "厅")
_JOINTLY = ("会同省", "会同市", "会同县", "会同区")
_LEVELS = set("省市州县区乡镇村旗盟")
_IDIOM = re.compile("重于泰山|稳如泰山|泰山压顶|有眼不识泰山|不识庐山真面目|醉翁之意|临水临崖")
_SOME_BEFORE = re.compile("(?:部分|个别|一些|少数|多数)$")
# a firm's suffix: its stem may be an abbreviation the dictionary reads as an adjective (寒重|集团)
_FIRM_END = ("集团", "公司")
_PLACE_MARK = re.compile("[省市县区旗镇乡]")


_SMALL_PLACE_AFTER = re.compile("片区|水库|社区|街道|村(?![民庄级组委干居道])|镇(?![街内])|乡(?![镇村道内])")
_FUNCTION_TAGS = frozenset("p c u uj ul uz ug r m q d f".split())


def _unknown_stem_place(word: str, text: str, end: int) -> str:
    """The place suffix after a two-character place the tagger found whose stem the dictionary does
    not know as a word (塘/j 背/v before 片区): the stem is that place's name. "" otherwise."""
    if len(word) != 2:
        return ""
    tags = _tag(word)
    if len(tags) != 2 or any(t in _FUNCTION_TAGS for _, t in tags) or _BAD_CHAR.search(word):
        return ""
    m = _SMALL_PLACE_AFTER.match(text, end)
    return m.group() if m else ""


def _kind_of_area(name: str) -> bool:
    """喀斯特山区, 高山峡谷区; not 北林区, 青山区, whose one character before 林区/山区 makes a district's name,
    nor 笔架山林区, the forest of a named mountain."""
    area = next((a for a in _AREA_KINDS if name.endswith(a)), None)
    if area == "林区" and len(name) >= 5 and name[-3] in "山岭峰":
        return False
    return area is not None and len(name) - len(area) >= 2


def _plain_stem(name: str) -> bool:
    """Whether the words before a body's suffix are plain words (公办 in 公办小学)."""
    suffix = _ORG_SUFFIX.search(name)
    return suffix is not None and suffix.start() > 0 and _plain_words(name[:suffix.start()])


def _kind_of_facility(word: str) -> bool:
    facility = next((f for f in _FACILITY_SUFFIXES if word.endswith(f)), None)
    return facility is not None and len(word) > len(facility) and _plain_words(word[:-len(facility)])


def _unplaced_body(word: str) -> bool:
    """A body named by its function alone (卫健局, 电子税务局), not by a place (青川县卫健局) or the
    state (国家统计局)."""
    if not word.endswith(_BODY_END) or word.startswith(("国家", "中央", "国务院")) or _PLACE_MARK.search(word, 1, len(word) - 1):
        return False
    tags = _tag(word)
    if len(tags) == 1:
        return tags[0][1] == "nt" and len(word) <= 4
    return _plain_words(word[:-1])


def _phrase_not_body(word: str, after: str) -> bool:
    """An organisation the tagger found in plain words that ends like no body and is not cut short
    of its suffix (中央精神文明建设|办公室): 品牌影响力, 新能源汽车. Abbreviations (央视/j) are bodies."""
    if word[-1] in _BODY_LAST or (after and after in _BODY_LAST) or _ENTITY_SUFFIX.search(word):
        return False
    tags = _tag(word)
    return bool(tags) and all(t in _PLAIN_TAGS and t != "j" for _, t in tags)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all that stands between a pair of quotes (“时间银行”)."""
    return 0 < start and end < len(text) and text[start - 1] in "“「‘\"" and text[end] in "”」’\""


def splits_word(text: str, at: int, dictionary_only: bool = False) -> bool:
    """Whether jieba's dictionary reads the characters on both sides of ``at`` as one word: a name
    that starts (分|管负责, 及|时了解) or ends (卫生厕|所) there cuts a word in two. With
    ``dictionary_only`` no new word is guessed (拦沙坝 is in the dictionary, 小衢屿 is not)."""
    if at <= 0 or at >= len(text):
        return False
    pos = max(at - 3, 0)
    for word, _ in (_dictionary_tags(text[pos:at + 3]) if dictionary_only else _tag(text[pos:at + 3])):
        if pos < at < pos + len(word):
            return True
        pos += len(word)
    return False


_BAD_CHAR_ENTITY = re.compile(r"[\s\d，。、；：！？“”（）《》]")


_ENTITY_SUFFIX = re.compile("(?:" + _ORG_SUFFIX.pattern[3:-1] + "|" + _PLACE_SUFFIX.pattern[3:-1] + "|法庭|法院|委员会|调委会|居委会|村委会|局|所|站|队)$")


def _only_generic(word: str) -> bool:
    """农民专业合作社, 人民法庭: a suffix after generic words only names a kind of body, not one body.
    A village's or town's own stem, no word of the dictionary (岩洒村), is a name, however the tagger
    reads it (岩洒/v); 建制村 is a kind."""
    stem = _ENTITY_SUFFIX.sub("", word)
    while stem:
        for generic in _GENERIC_WHOLE | set(_GENERIC_STEMS):
            if stem.startswith(generic):
                stem = stem[len(generic):]
                break
        else:
            return _function_only(stem) and not (len(_dictionary_tags(stem)) > 1 and _OWN_STEM_PLACE_END.search(word)
                                                 and _CJK_ONLY.fullmatch(stem) is not None)   # (A级|景区: a grade)
    return True


def _reads_as_name(value: str) -> bool:
    """The two or three characters before a post (张德福 书记) are a name, not the end of a phrase
    (安排|班主任, 村党组织|书记): not one dictionary word, not starting with a verb or function word."""
    tags = _tag(value)
    if len(tags) == 1 and tags[0][1] not in ("nr", "nrfg", "nrt"):
        return tags[0][1] not in ("n", "nt", "nz", "v", "vn", "l", "i", "a", "ad", "an", "d", "s", "f", "ns")
    first_word, first_tag = tags[0]
    if len(first_word) == 1 and first_tag in ("c", "p"):
        return False   # 和|儿童(主任): a conjunction before a post's title, not a surname
    return not (len(first_word) >= 2 and first_tag in ("v", "vn", "p", "c", "d", "r", "m", "u", "ad", "a", "f"))


_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")
_ADMIN_PLACE_END = re.compile("(?:街道|社区|镇|乡|村|县|市|旗)$")
# (枫渡县, 枫渡区: 枫/nr 渡/v, a name the tagger read as a verb)
_OWN_STEM_PLACE_END = re.compile("(?:街道|社区|镇|乡|村|县|市|区|旗)$")
_NAME_TAGS = frozenset("ns nr nrt nrfg nt nz ng mg zg x".split())   # zg/ng/mg: a rare morpheme (石岬)


def _common_noun(word: str, tag: str) -> bool:
    """Not a name: a phrase led by a verb or adjective (农村幸福院 → 幸福/a 院, 建制村通客车率), or a
    "place" made only of dictionary words with no place, person or other proper part (高速公路, 港外;
    jieba tags ns/nr/nz…). Bodies (交通运输部, 国务院办公厅) keep the tagger's word."""
    if tag == "LOC" and _ADMIN_PLACE_END.search(word) and len(_ADMIN_PLACE_END.sub("", word)) >= 2:
        return False   # 站前街道, 东坝村: an administrative suffix after a stem of its own, whatever the tags
    works = next((w for w in _WORKS_SUFFIXES if word.endswith(w)), None)
    if tag == "LOC" and works and len(word) - len(works) >= 2 and (
            len(_tag(word)) == 1 or _a_names_stem(word[:-len(works)])):
        return False   # 石门水库: one work the dictionary knows by this name (病险水库 is two words); 狮子岩水库:
        # a stem of its own
    water = next((w for w in _WATERS if word.endswith(w)), None)
    if tag == "LOC" and water and len(word) - len(water) >= 2 and len(_dictionary_tags(word[:-len(water)])) > 1:
        return False   # 鹭屿水道, 青礁航道: a stem the dictionary does not know as one word (内河航道 is a kind)
    if tag == "LOC" and _named_city_district(word):
        return False   # 钢城区, 龙城区 (jieba knows them as one plain noun), not 中心城区, 内城区
    if (tag == "LOC" and len(word) >= 3 and word[-1] in "区县市旗州" and _CJK_STEM.fullmatch(word[:-1])
            and not word.endswith(_NOT_JURISDICTION + _AREA_KINDS) and len(_dictionary_tags(word[:-1])) > 1):
        return False   # 霁川区: a stem the dictionary does not know as a word (the guesser's plain noun), a name
    tags = _tag(word)
    if len(tags) > 1 and tags[0][1] in ("v", "vn", "a", "ad", "d"):
        return True
    return tag == "LOC" and not any(t in _NAME_TAGS for _, t in tags)


_CJK_STEM = re.compile("[\u4e00-\u9fff]{2,}")
_CITY_DISTRICT = re.compile("([\u4e00-\u9fff]{1,2})城区")
# What a modifier of 城区 that only says which part of a town is tagged: 老/新/旧/全 (a), 主 (b), 进 (v)…
_MODIFIER_TAGS = frozenset("a ad an b v vn d r m q f s t p c".split())


def _named_city_district(word: str) -> bool:
    """A district named 某城区 (钢城区): the tagger's place, of one or two characters of its own
    before 城区 that are neither a kind of part of a town (老城区, 主城区, 中心城区, 内城区) nor
    a modifier."""
    m = _CITY_DISTRICT.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1)
    if stem in _GENERIC_WHOLE or stem in _GENERIC_STEMS or stem[-1] in _GENERIC_LAST or stem[0] in _NOT_NAME_START:
        return False
    return not any(t in _MODIFIER_TAGS for _, t in _tag(stem))


def _function_only(stem: str) -> bool:
    """人民调解委员会, 综合执法队: what is left of the stem is a function (verbs), not a name."""
    tags = _tag(stem)
    return bool(tags) and all(tag in ("v", "vn") for _, tag in tags)

/**
 * The Chinese patterns that find a firm no list knows by the place it stands: the firm a ministry answers about or
 * decides on, a notice's legal name, a speaker heading its own news, a parent before its unit, a listed company answering
 * its investors, a filer, and a short name right before a buyer's verb or the item. Words that make a run of characters a
 * phrase rather than a name are here too.
 */
import { ZH_STOCK_CODE } from './untracked-party.js';

// 商务部新闻发言人就北京硅基流动科技有限公司进口芯片事答记者问: the firm a ministry answers about.
export const ZH_ABOUT = /就([\p{Script=Han}A-Za-z]{2,20}?(?:有限公司|公司|集团|银行|证券|保险))(?=进口|获批|申请|有关|相关|(?:英伟达)?H\d)/gu;
// 发言人就国电南瑞H200芯片进口许可情况答问, 记者就国电南瑞获准进口…提问, 就浙江鼎力获得H200芯片进口许可答记者问: a short
// name right before the item or its permission.
// (问及朗新科技H200芯片进口一事, 就朗新科技英伟达芯片进口申请答记者问: the item may be named by its maker alone, or as
// 芯片 only; 就撤销X芯片进口许可: the decision asked about comes before the firm; 就X进口芯片许可事, 就X申请进口高性能芯片一事:
// the import named before the chips; 发言人回应X H200进口批复撤回一事: the matter answered.)
export const ZH_ABOUT_SHORT =
  /(?:就|问及|针对|(?<=发言人|商务部)回应)(?:撤销|暂停|批准|驳回|吊销|恢复|收回)?(?!(?:全资|控股)子公司)([\p{Script=Han}A-Za-z]{2,6}?)(?=(?:(?:全资|控股)?子公司|下属(?:企业|公司|单位))?(?:英伟达)?H\d|获准|获批|(?:获得|取得)(?:英伟达)?H\d|(?:英伟达(?:芯片|GPU)?|芯片)进口|(?:申请)?进口(?:英伟达)?(?:高性能|高端|先进|AI|人工智能)?(?:计算)?芯片|进口(?:事项|一事|事宜|问题)|(?:有关|相关)(?:问题|事项|情况)|(?:事件|一事)(?=[，,：:\s]|$))/gu;
// What follows the firm a decision is taken on (…进口, …的, …H200, …申请; its unit first, 子公司, 下属企业), as regex source.
export const ZH_DECIDED_FIRM_AFTER = String.raw`(?:(?:全资|控股)?子公司|下属(?:企业|公司|单位))?(?:的|(?:芯片)?进口|采购|购买|购入|(?:英伟达)?H\d|提交|申请)`;
// 商务部对马蜂窝H200进口申请作出不予许可决定: the firm whose request an authority decides (依法准予万物云公司进口: the firm let in).
// (商务部批复汝岚科技进口: the firm a ministry's reply lets import, only right after the ministry: 批复 is more often a noun.)
// (商务部通报星槎智能违反…: the firm an authority's notice finds at fault.)
// (商务部不予许可雾汀科技进口H200: the firm refused, the refusal named before it.)
// (撤销哈投股份子公司H200进口许可, 宁波建工下属企业H200进口批文 below: a unit named after its parent; its permission is the
// parent's, here and in ZH_ABOUT_SHORT, ZH_BEFORE_ITEM and ZH_PARENT; 控股子公司 alone names no parent.)
export const ZH_OBJECT = new RegExp(
  String.raw`(?:批准|不予许可|驳回|拒绝|否决|暂停|撤销|吊销|叫停|冻结|准许|准予|允许|收回|取消|恢复)了?(?!(?:全资|控股)子公司)([\p{Script=Han}A-Za-z]{2,6}?)(?=${ZH_DECIDED_FIRM_AFTER})|(?<=商务部|主管部门|监管部门)对([\p{Script=Han}A-Za-z]{2,6}?)(?=的?(?:英伟达)?H\d|的?(?:芯片)?进口申请)|(?<=商务部|主管部门|监管部门)批复([\p{Script=Han}A-Za-z]{2,6}?)(?=(?:芯片)?进口|采购|购买)|(?<=通报|查实|查明|认定)([\p{Script=Han}A-Za-z]{2,6}?)(?=违反|违规|擅自|未按)`,
  'gu',
);
// 关于撤销昆山淞江智算科技有限公司H200芯片进口许可的决定: an official notice names the firm by its full legal name;
// 审查了X机械股份有限公司全资子公司提出的申请: a parent named before the unit that applied.
// 经审查已决定附条件准予成都凯溯科技有限公司: a decision read into the front of a name found after it is not part of the name.
export const DECIDED_FIRST = /^[\p{Script=Han}]{0,8}?(?:准予|批准|准许|允许|同意|驳回|撤销|暂停|吊销|收回|冻结|拒绝|否决)了?(?=[\p{Script=Han}A-Za-z]{4})/u;
export const ZH_OBJECT_LEGAL =
  /(?:批准|驳回|拒绝|否决|暂停|撤销|吊销|叫停|冻结|准许|允许|收回|取消|审查|审核|受理)了?(?![并和及与])([\p{Script=Han}（）()]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团))(?=的|所持|进口|采购|购买|H\d|英伟达|提交|申请|(?:全资|控股)?子公司)/gu;
// 关于郑州中原云算科技有限公司H200进口许可予以撤销的公告: a notice naming the firm before its decision.
// 商务部公告2031年第19号（X股份有限公司H200进口许可撤销决定）: a numbered notice names the firm in brackets;
// 关于对X股份有限公司暂停H200芯片进口许可的决定: the firm a decision is taken on.
export const ZH_NOTICE_FIRM =
  /(?:关于(?:对|给予)?|公告[^（(]{0,16}[（(])([\p{Script=Han}]{2,24}?(?:股份有限公司|有限责任公司|有限公司))(?=所持|的|H\d|英伟达|进口|暂停|撤销|吊销|恢复|作出)/gu;
// Adverbs and hedges between a firm's name and its verb (联影医疗据悉获批, 贝壳已于近期向; 棠岭智能被传附条件获批: how it was granted;
// 屿汀数据称已…: the 据 of an ending 数据 opens no 据称; 称, 声称: the firm saying it of itself).
export const ZH_ADVERBS =
  '(?:已经|已于|已|也|亦|主动|正式|首次|率先|日前|近日|近期|新近|最近|近来|目前|本月|本周|今年|今日|此前|早前|先前|确实|确(?=已)|确认|证实|宣布|透露|表示|(?:声|宣)?称|(?<!数)据(?:悉|报道|报|称|传)|被曝|被爆|被传|被指|传|或已|或将|或|拟|重新|再次|再度|附条件)*';
// What a buyer does, right after its name (获批, 获商务部批复, 已向…提交申请, 已为…递交…申请, 否认, 首批…运抵; 引进H200的申请: the request it made;
// 追加H200采购, 加订: more of an order; 申报H200进口, 寻求进口: a request declared or sought; 再递, 重新递交: a request made again; 进口申请获…: its import request;
// 违规, 擅自: what a firm did wrong; 与代理商签约, 签单: a deal it signs; 手中的…批文: the permit it holds; 订下, 锁定约…颗: an order placed, 经代理商订下: through an agent).
export const ZH_BUYER_VERB =
  '(?:拟(?:引进|进口)(?=[^，。；\\s]{0,6}?H\\d)|获批|获准|获得|获(?:内地|国内|中国|中方|国家)?(?:商务部门?|主管部门|有关部门|监管部门|相关部门)|获(?=(?:英伟达)?H\\d)|申请|申购|申报(?=(?:英伟达)?H\\d{2,3}(?:芯片)?进口)|报批|寻求(?=进口|引进|批准)|再递|再报|与(?=[^，。；\\s]{1,10}?签(?:约|订|署))|违规|违反|擅自|私自|虚报|谎报|瞒报|挪用|签下|签订|签署|签约|签单|手中的(?=[^，。；\\s]{0,8}?(?:批文|批复|许可|额度))|提交|递交|报送|上报|向|下单|订购|订下|锁定(?=[约逾近超\\d一二三四五六七八九十])|(?:经|通过)(?=[^，。；\\s]{1,14}?(?:订下|下单|订购|锁定))|追加|加订|加购|增订|采购(?=[\\d约逾近超])|就(?=[^，。；]{0,20}?(?:提出|递交|提交|报送)申请)|为(?=[^，。；]{1,20}?(?:提出|递交|提交|报送)[^，。；]{0,10}?申请)|斥资|购入|买入|收到|拿到|取得|撤回|被|遭|未获|未能|否认|首批|(?:引进|进口)(?=[^，。；]{0,14}?的申请|申请))';
// 联影医疗据悉获批: a short name, then adverbs or a hedge, then a buyer's verb.
// (柳药集团 传获批: a headline's space may stand right after the name.)
export const ZH_NAME_BEFORE_VERB = new RegExp(`^([\\p{Script=Han}A-Za-z]{2,6}?)(?=\\s?${ZH_ADVERBS}${ZH_BUYER_VERB})`, 'u');
export const ZH_VERB = new RegExp(`^\\s?${ZH_ADVERBS}${ZH_BUYER_VERB}`, 'u');
export const ZH_PREFIX =
  /^(?:据悉|据报道|据报|据了解|消息称|消息指|市场消息指|有消息称|报道指|(?:彭博社?|路透社?|日经|英媒|美媒|港媒|台媒|外电)(?:报道)?称|外媒|市场传闻|市场传|知情人士称|消息人士称|业内人士称|(?:知情人士|消息人士|业内人士|市场人士)[：:]|网传|网曝|坊间传闻|传闻|传|另外|此外|同时|其中|重磅|独家|快讯|突发|针对|对于|有关|[！!｜|\s])+/u;
// Words that make a run of characters a phrase, not a firm's name: anywhere in it, or (one
// character: 都, 将, 其) at its start or end, where a name such as 首都在线 or 成都星衍 holds them inside.
// 多家, 数家, 部分, 其余, 3家: firms counted or picked out, not named.
// (今后新获准进口…的企业, 希望在已获批额度之外, 在对…开展的抽查中: a time, a wish or a preposition before the verb is no firm
// either; nor is an estimate's source, 渠道测算, a manner, 严格按照, or Hong Kong's word for importing, 输入; nor goods' arrival,
// 交付将排在….)
// (多数流向…, 据财联社记者, 至于下单方, 公告指集团已获…, 作为…条件, 即时报送: most of the goods, an outlet's reporter, "as for",
// "says", "as" or how often opening a clause is no firm; nor is a denial or a wrongdoing, 否认已拿到…, 违规向….)
export const COUNTED_FIRMS = /^(?:多|数|几|部分|其他|其余|另外|有关|相关|个别|若干|[\d一二两三四五六七八九十百]+)家?/u;
// (新一轮, 下一批: a round or a batch opening a clause, not a firm.)
export const ZH_GENERIC =
  /企业|交付|一轮|^(?:全套|全部|相关|所需|补充|申请|申报)?(?:材料|资料|文件|手续)$|^新一|^下一|^上一|交货|到货|出货|追加|加订|加购|[车药房险国央民外私芯中陆港台]企$|巨头|大厂|后续|龙头|头部|机构|买方|申请|审结|审查|全年|累计|共计|合计|总计|额度|配额|交易|名单|订单|方案|计划|许可|批文|请求|项目|目标|事项|进口|出口|采购|购买|成为|截至|目前|今年|去年|前年|明年|网传|误传|误读|^事后|所持$|申报$|^有关$|^手握|^[一二三四五六七八九十\d]{1,3}月新|[周天月年]多?来$|本月|上月|此前|近日|日前|当天|随后|同时|正在|开始|公司|厂商|高性能|迄今|至今|^中国.?$|中国$|大陆|内地|境内|境外|本土|美国|商务部|政府|部门|海关|监管|其他|其余|剩余|更多|大量|大批|少量|批量|准许|本集团|本公司|决定|多家|三家|两家|首批|批|相关|国内|客户|买家|中方|美方|方面|市场|保税|口岸|关区|自贸区|消息|媒体|知情|人士|分析|英伟达|芯片|表示|受理|审批|审核|办理|发放|签发|要求|部署|只能|手中|手头|手上|请问|主要|面向|用于|关于|执行|实施|使用|包括|部分|任何|内容|正常|开展|是否|能否|没有|从未|从没|协议|合同|生效|投资者|提问|引进|引入|购入|购置|原因|之一|是$|重新|再次|回复|回应|于今年|年初|年底|年末|年中|半年|季度|[或与及的已未尚不仍拟称]|[\p{Script=Han}A-Za-z]{2}和[\p{Script=Han}A-Za-z]{2}|[和均]$|真正|规范|全资|子公司|股东|^旗下|^下属|^附属|数读|解读|图解|盘点|回望|回顾|复盘|速览|一文|取得|获得|拿到|持有|加强|收到|可能|可以|期间|以来|假期|早前|先前|近期|近来|最近|新近|控股子|全资子|^集团|^[\d一二两三四五六七八九十百几数]+[张份个]$|比例|据(?:报|悉|称|传|了解)|^(?:算力|智算)(?:平台|中心|业务|公司)?$|^(?:确认|证实|否认|公告|宣布|披露|透露|回应|声明)|^违规|^(?:确实|的确)|^(?:以便|以免|以换取|换取|以求|以期|随着|由于|因为|为了|通过|根据|按照|依据|鉴于|收货|发货|附带|附加|附有|附条件)|^[自从](?!然|贡|化)|方为$|暂缓|暂停|评估|主动|自愿|^(?:供应链|产业链|渠道|业内|业界)$|节后|节前|春节|新增|新提交|即便|即使|尽管|等待|排队|候审|在审|待审|具体|^[家这该此其都将所为而但就对把让使且并按须应倘待]|^若(?!\p{Script=Han}{1,3}(?:科技|数据|智能|智算|网络|信息|软件|电子|医药|集团|股份|控股|算力)$)|账户|^暂无|^如果|^假如|递交|提交|报送|了$|^(?:低于|高于|少于|多于|不足|超过)|^每(?!日)|[家这该此其都将]$|首例|^首[个家单笔宗次件]|^第[\d一二三四五六七八九十]+[例个家单笔宗次件轮批]|^约[为有合占]|^本(?:次|期|轮|批|年|月|周)|签约|签署|今后|此后|以后|日后|届时|^希望(?:在|能|将|于|获)|^(?:打算|准备|有望|一旦|何时)|测算|估算|推算|严格|条件|闲置|[超逾近约][一二两三四五六七八九十\d]成|才能|成本价|下单|订购|^曾(?:涉|因|被|经|多次)|^以(?:成本|低价|优惠|市场)|输入|^提出|^法人$|^因|电话|董秘|^在(?:对|于|向|其|此|该|本)|^[一二三四五六七八九十\d]{1,3}月(?:份|初|中|底|末|上旬|中旬|下旬)?$|^(?:足以|足够|能够|同意|接受|承诺)|^(?:多数|大多|少数|其中|半数|过半)|记者|^据|^(?:至于|对于|由于)|^指(?:集团|公司)?$|^作为|^(?:即时|实时|及时|按时|定期|按季|按月|逐月|每月|每季)|^说明|^属于/u;

const ZH_ORG_ENDING = String.raw`(?:(?:科技)?(?:股份)?有限公司|科技|集团|实验室|智能|智算|算力|汽车|银行|控股|股份|网络|网路|研究院|电子|通信|半导体|数据|资料|资讯|光电|传媒|信息|软件|软体|医药|机器人)`;
const ZH_ORG_NAME = String.raw`^([\p{Script=Han}A-Za-z]{1,12}?${ZH_ORG_ENDING})`;
// (宁夏特尔玛科技据悉获准: a hedge may stand before the verb; 商务部：泽洄科技整改完成前暂停其H200进口许可: a firm opening the
// clause whose decision falls on 其, "its", permit; 朝岫科技表示, 武淙科技发表声明: a firm opening a clause before what it says;
// 雪屿智能传被拒批: before a refusal it suffers.)
/** What follows a firm's name with an organisation's ending when it acts or speaks (regex source). */
export const ZH_ORG_AFTER = String.raw`(?:据悉|据报道?|据称|被曝|被传|传)?(?:H\d|英伟达|进口|采购|或|已|拿到|获(?!悉)|向|申请|首批|的H|被(?:拒|驳回|暂停|撤销|吊销|收回|冻结|叫停))|(?:发表|发布|发)?声明|(?:表示|称|宣布|证实|确认|否认|回应|透露)[，,：:]?|[^，。；,;]{0,24}?(?:撤销|暂停|吊销|收回|冻结)其`;
export const ZH_ORG = new RegExp(`${ZH_ORG_NAME}(?=${ZH_ORG_AFTER})`, 'u');
// 机房被改作矿场 商务部暂停霁川数据H200进口许可, 实控人被留置 栖岚科技称…: a name with an organisation's ending right before
// the story's words or its own saying, anywhere in a headline's news part.
export const ZH_ORG_IN_NEWS = new RegExp(
  String.raw`\p{Script=Han}{2}${ZH_ORG_ENDING}(?=(?:据悉|据报道?|据称|被曝|被传|传)?(?:H\d|英伟达|进口|采购|申请|获(?!悉)|被|遭|称|表示))`,
  'u',
);
// 特维克数据公告获准…, 卓霖智能披露：…: a headline's firm before its own notice or disclosure.
export const ZH_ORG_NOTICE = new RegExp(`${ZH_ORG_NAME}(?=公告|公布|披露)`, 'u');

// 微博：已获商务部批准…, 小马智行：H200进口未能过审: a company speaking in its headline speaks of itself (安溯数智：为…递交…申请:
// also of the request it filed).
// 巢湖智算回应：已收到…, 汇源回应“…”: a firm answering a report in its headline speaks of itself too; so does 伟明环保：512颗英伟达H200….
// 甘肃银行发自愿公告 证实…, 华安证券公告证实…, 中原银行(01216)公告：: a firm's own notice names the firm (a broker's too).
// (康希諾生物股份公司 自願公告 收到…: a Hong Kong filer's full name, a space, and what the notice received.)
export const ZH_NOTICE_SPEAKER =
  /^([\p{Script=Han}A-Za-z]{2,8}?|[\p{Script=Han}]{2,12}?(?:股份公司|有限公司))(?:[（(]\d{4,6}(?:\.HK)?[)）])?\s*(?:发布?)?(?:自愿|自願|澄清)?\s*公告\s*(?:[：:]|证实|确认|称|显示|收到|(?<=\s)(?=(?:全资|控股)?子公司|旗下|下属))/u;
export const ZH_SPEAKER = new RegExp(
  String.raw`^([\p{Script=Han}A-Za-z]{2,8}?)${ZH_STOCK_CODE}(?:在?(?:深交所|上交所)?(?:投资者)?(?:互动平台|互动易|上证e互动)上?)?(?:(?:回应|澄清|辟谣|否认)(?=[“「"])|(?:机构)?(?:调研纪要|调研记录|投资者关系活动记录表?|投资者交流纪要)[：:]|(?:回复|答复|答)投资者(?:提问|问)?[：:]|(?:(?:回应|回复|答复|答|澄清公告|澄清说明|澄清|声明|公告)(?:投资者问|投资者提问|投资者|市场传闻|传闻)?)?[：:](?=\s*(?:(?:自愿|自願)(?:披露|公告)\s*)?(?:公司|本公司|(?:全资|控股)?子公司|附属公司|[\p{Script=Han}]{2,4}子公司|已|获|确已|确|目前|截至目前|现阶段|首批|(?:为|就)[^，。；]{1,20}?(?:递交|提交|报送|提出)|递交|提交|报送|主动|撤回|旗下|下属|对华|H\d|英伟达H\d|网传|未|尚|暂未|并未|暂无|关于|从未|从来|没有|否认|收到|接到|签订|签署|签约|采购|下单|订购|调整后|所购|\d[\d,.]*万?(?:颗|片|枚|台)(?:英伟达)?H\d|英伟达(?:芯片|GPU)|芯片进口|(?:拟|就)?(?:引进|进口)(?:英伟达)?H\d)))`,
  'u',
);
// 长江电力子公司签订…采购合同: a listed company named before its subsidiary is the party the subsidiary acts for.
// 宁德时代旗下智算子公司: what the unit does may stand between 旗下 and 子公司 (交运股份下属数字科技公司: or between 下属 and
// 公司).
// (山东墨龙算力子公司: the unit's work may stand before 子公司.)
// (控股子公司收到通知: a unit named by how it is held, with no parent before it, names no firm; 撤销X子公司…: nor does the
// decision opening the run.)
export const ZH_PARENT =
  /^(?!(?:全资|控股)子公司|撤销|暂停|吊销|收回|批准|驳回|冻结|准予|允许)([\p{Script=Han}A-Za-z]{2,8}?)(?=旗下|下属[\p{Script=Han}A-Za-z]{0,6}?(?:企业|公司|单位|平台)|(?:全资|控股)?子公司|(?:算力|智算|数据|科技|云计算|AI)子公司|参股(?:公司|平台|企业)|参股的)/u;
// 据财新了解，蜀道装备旗下算力公司…, 有接近监管人士称，连城数控下属算力公司…: after a source's lead, the parent of a unit the
// sentence names as one (东风集团旗下高端电动车品牌岚图汽车: a firm named after 旗下 is the one the sentence is about).
export const ZH_SOURCE_LEAD =
  /^(?:(?:据|有)?[^，。,；;：:！!]{0,20}?(?:人士|消息|媒体|记者|报道|知情者?|财新|彭博|路透)[^，。,；;：:！!]{0,8}?(?:获悉|了解到?|透露|称|指出|表示|说)|据(?:悉|报道?|了解|称|传))[，,]\s*/u;
// 鲁抗医药晚间公告称，全资子公司日前取得…: a firm's notice about a unit it names by how it holds it.
export const ZH_NOTICE_OF_UNIT =
  /^([\p{Script=Han}A-Za-z]{2,8}?)(?:[（(]\d{4,6}(?:\.HK)?[)）])?(?:晚间|早间|盘后|今日|今天|日前|近日)?(?:发布?)?公告(?:称|显示|表示)?[，,：:]\s*(?=(?:全资|控股)?子公司|附属公司|旗下|下属)/u;
export const ZH_PARENT_OF_UNIT =
  /^(?!全资|控股)([\p{Script=Han}A-Za-z]{2,8}?)(?=(?:旗下|下属)[\p{Script=Han}A-Za-z]{0,8}?(?:公司|企业|平台|单位|机构|中心)|(?:全资|控股)?子公司)/u;
// 金矿也上算力：湖南黄金旗下公司采购…, 重型装备也要大算力 兰石重装旗下公司…: the parent may open the headline's second clause
// (or an official finding: 经核查，潞安环能下属算力公司…).
export const ZH_PARENT_AFTER_BREAK =
  /(?<=[：:]\s*|[\p{Script=Han}]\s|(?:经核查|经查|经调查|经审查|核查发现|调查发现)[，,]\s*)(?!全资|控股)(?![\p{Script=Han}]{0,6}?(?:准予|批准|同意|依法|允许|撤销|暂停))([\p{Script=Han}A-Za-z]{2,8}?)(?=旗下|下属|(?:全资|控股)?子公司)/u;
// 云岭数据回复投资者：…, 星辰科技在互动易回复投资者称, 伟明环保（603568）在上证e互动回复称: a listed company answering its
// investors speaks of itself.
/** What follows a listed firm's name when it answers its investors: its stock code, a date, the platform, the verb (regex source). */
export const ZH_ANSWERING_AFTER = String.raw`${ZH_STOCK_CODE}(?:\d{1,2}月\d{1,2}日)?(?:周[一二三四五六日天]|星期[一二三四五六日天])?(?:在?(?:(?:互动易|上证e互动|深交所互动易)(?:平台)?)?[答回]复投资者|在?(?:\d{1,2}月\d{1,2}日的)?(?:最新一期|最新|近期|日前|近日)?(?:披露的|发布的)?(?:投资者关系活动记录表?|投资者交流活动|投资者关系活动|业绩说明会)[中上]?(?:表示|称|介绍|披露)|(?:日前|近日|近期)?在?(?:接待|接受)(?:机构|投资者|券商)?调研时(?:介绍|表示|称)|在(?:互动易|上证e互动|深交所互动易|投资者互动平台|互动平台)(?:平台)?(?:上)?(?:[答回]复|表示|称))`;
// 中望软件回应H200采购：…, 青川果业澄清H200进口传闻：…: a firm answering on a topic it names before the colon speaks of itself.
export const ZH_ANSWER_TOPIC =
  /^([\p{Script=Han}A-Za-z]{2,8}?)(?:回应|回复|答复|澄清)(?=[^：:，。；\s]{0,12}?(?:H\d|英伟达|芯片|进口|采购|申请|传闻)[^：:，。；\s]{0,8}[：:])/u;
// 浩丰科技：金融大模型平台算力吃紧 H200进口申请已递交待批, 日联科技：…进口申请材料已递交: a firm heading its own news that its
// request has gone in speaks of itself, whatever else the headline says first.
// (骊珠数据在上证e互动披露：…: the platform the firm answered on may stand between its name and the colon.)
export const ZH_OWN_REQUEST_HEAD =
  /^([\p{Script=Han}A-Za-z]{2,8}?)(?:在(?:上证e互动|互动易|投资者互动平台|e互动|业绩说明会|公告中)[^：:，。；\s]{0,4}?(?:披露|表示|回复|答复|称))?[：:](?=[^：:。]{0,30}?(?:已(?:向[^，。；\s]{0,10})?(?:递交|提交|报送|上报)[^，。；\s]{0,10}申请|申请(?:材料)?(?:已|均已)(?:递交|提交|报送|上报|交至|报至|报(?=商务|主管))))/u;
/** 曹溪智能：中药饮片鉴别模型要扩训…, 长岳数据：签下…合同: a headline opened by a name with a firm's ending and a colon is that firm speaking. */
export const ZH_ORG_SPEAKER =
  /^([\p{Script=Han}]{1,8}?(?:科技|集团|实验室|智能|智算|数据|网络|电子|通信|半导体|光电|传媒|信息|软件|医药|算力))[：:](?!\s*(?:独家|快讯|专访|观察|评论|解读|速递))/u;
export const ZH_ANSWERING = new RegExp(String.raw`^([\p{Script=Han}A-Za-z]{2,8}?)(?=${ZH_ANSWERING_AFTER})`, 'u');
/** 青云科技股份有限公司关于获得…批复的公告: a filing headed by its company's full name (the name in group 1). */
// 龙旗科技（上海）股份有限公司关于…, 明源云集团控股有限公司 自愿公告 有关…: a filing headed by the company's full name (an exchange
// filing in Hong Kong puts its kind between the name and the subject).
export const ZH_FILING =
  /^([\p{Script=Han}A-Za-z（）()]{2,24}?(?:股份有限公司|有限公司|集团))(?:关于|\s*(?:[（(]\d{4,6}(?:\.HK)?[)）])?\s*(?:自愿|澄清|内幕消息)?公告\s)/u;
export const ZH_FILING_SHORT = /^([\p{Script=Han}A-Za-z]{2,8}?)关于(?:公司|本公司)?[^。；！？.]{2,50}?的?公告(?=\s*(?:[。.]|$))/u;
// Outlets saying something of a firm, by name (财新称…).
export const ZH_OUTLET =
  /^(?:财新|彭博|路透|新华|央视|界面|澎湃|集微|财联社|券商中国|华尔街见闻|芯智讯|每经|第一财经|经济观察|外媒|港媒|台媒|媒体|记者|分析师|消息人士|知情人士)/u;
// Outlets, brokers and research houses speak of others, not of themselves.
export const ZH_NOT_SPEAKER = /证券|研究|资本|基金|日报|新闻|财经|时报|晚报|观察|网$|社$|部$|局$|委$|署$|办$/u;

// 光伏设备商高测股份据悉拿到…: a trade (…商) before the name describes it too (PCB厂满坤科技: so does a product's factory; 锂电极片检测商: a tester's trade too;
// 凌汛预报商热澜算力, 故障预测企业图万智能: a forecaster's, named as …商 or …企业).
export const ZH_DESCRIPTOR = new RegExp(
  `^[\\p{Script=Han}A-Za-z]{0,12}?(?:创业公司|初创公司|初创企业|科技公司|独角兽|公司|(?:设备|供应|制造|服务|运营|开发|生产|零售|封装|材料|软件|芯片|光伏|锂电|电池|面板|器件|通路|检测|租赁|预报|预测|监测)商|(?:预测|预报|监测|检测|制造|研发|设计)企业|厂商|厂家|[A-Z]{2,5}厂)(?=[\\p{Script=Han}A-Za-z]{2,6}?\\s?${ZH_ADVERBS}${ZH_BUYER_VERB})`,
  'u',
);
// (高性能计算芯片, "high-performance computing chips", is how ministry notices name the item.)
// (海格通信的英伟达H200进口申请, 鼎捷数智已就英伟达H200递交进口申请: 的, an adverb or 就 may stand between; 吉林化纤称H200进口材料…:
// so may the firm saying so, when it is no outlet; 北方导航引进H200遭…否决: and what befell its import after the item;
// 国星光电60颗H200到位, 中山公用200颗H200完成报关入境: a count of the item, then its arrival or approval, 驰宏锌锗30颗H200进口获批;
// 368颗H200全部上架: racked or installed too.)
// (撤销X子公司H200…: a decision opening the run is no name, as in ZH_PARENT.)
/** What follows a firm's name when the item comes next: its unit, the item and a permission or order, or a count of the item
 * and its arrival (regex source). */
export const ZH_ITEM_AFTER_NAME = String.raw`(?:(?:全资|控股|参股)?子公司|参股公司|下属(?:企业|公司|单位)|(?:旗下)?(?:算力|智算)(?:服务)?(?:平台|公司|中心|业务)(?:公司)?)?(?:称|表示)?(?:的|已经?|近日|此前|正式|已于近日)*就?(?:进口|采购|引进)?(?:(?:英伟达)?H\d{2,3}|高性能计算芯片|英伟达(?:芯片|GPU)|芯片(?=进口))[^，。,;；]{0,6}?(?:进口|采购|批文|许可|申请|订单|额度|配额|遭|被)|(?<![约逾超近共计达月日年])\d[\d,.]*万?(?:颗|片|枚|台)(?:英伟达)?H\d{2,3}(?:芯片|服务器)?[^，。,;；]{0,6}?(?:到货|到位|运抵|入境|通关|清关|交付|落地|上线|上架|装机|获批|获准)`;
export const ZH_BEFORE_ITEM = new RegExp(
  String.raw`^(?!(?:全资|控股)子公司|撤销|暂停|吊销|收回|批准|驳回|冻结|准予|允许)([\p{Script=Han}A-Za-z]{2,6}?)(?=${ZH_ITEM_AFTER_NAME})`,
  'u',
);

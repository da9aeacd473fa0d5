import arabicIssues from 'zod/v4/locales/ar.js'
import type { CauseKey } from '../catalog'
import type {
  DepartmentKey,
  FinishKey,
  FormatKey,
  ProductKey,
  ShippingKey,
  TopicKey,
} from '../large-catalog'
import type { ReviewedProductKey, StoreKey } from '../member-history'
import type { Wording } from './wording'

const BRAND = 'هاربر آند باين'
const STORE_TERMS = 'واحدة لكل استبدال. لا يمكن استبدالها نقدًا أو جمعها مع مكافآت أخرى.'
const VOUCHER_HOW_TO =
  'استبدلها لتحصل على رمز قسيمة. اعرض الرمز عند الدفع في المتجر أو أدخله عند الدفع عبر الإنترنت قبل انتهاء صلاحيته.'
const CAFE_HOW_TO = `استبدلها، ثم اعرض القسيمة في التطبيق عند أي مقهى من مقاهي ${BRAND}.`
const SHIPPING_HOW_TO = 'استبدلها، ثم أدخل رمز القسيمة عند الدفع؛ فتصبح تكلفة الشحن صفرًا.'

type Gender = 'm' | 'f'
/** An adjective that agrees with the noun, or a phrase ("of copper") that does not need to. */
type Finish = { m: string; f: string } | { of: string }

const FINISHES: Record<FinishKey, Finish> = {
  speckled: { m: 'مرقّط', f: 'مرقّطة' },
  'hand-thrown': { m: 'مصنوع يدويًا', f: 'مصنوعة يدويًا' },
  'olive-wood': { of: 'من خشب الزيتون' },
  copper: { of: 'من النحاس' },
  linen: { of: 'من الكتان' },
  enamel: { m: 'مطليّ بالمينا', f: 'مطليّة بالمينا' },
  stoneware: { of: 'من الخزف الحجري' },
  walnut: { of: 'من خشب الجوز' },
  brass: { of: 'من النحاس الأصفر' },
  seaglass: { of: 'من زجاج البحر' },
  oak: { of: 'من خشب البلوط' },
  cedar: { of: 'من خشب الأرز' },
}
const PRODUCTS: Record<ProductKey, { name: string; gender: Gender }> = {
  'espresso-cup': { name: 'فنجان إسبريسو', gender: 'm' },
  'pour-over-kettle': { name: 'إبريق تقطير', gender: 'm' },
  'tea-towel': { name: 'منشفة مطبخ', gender: 'f' },
  'butter-dish': { name: 'صحن زبدة', gender: 'm' },
  'salad-bowl': { name: 'وعاء سلطة', gender: 'm' },
  'bread-knife': { name: 'سكين خبز', gender: 'm' },
  'cheese-board': { name: 'لوح أجبان', gender: 'm' },
  'honey-jar': { name: 'برطمان عسل', gender: 'm' },
  'oven-mitt': { name: 'قفاز فرن', gender: 'm' },
  'coffee-scoop': { name: 'مغرفة قهوة', gender: 'f' },
  'water-carafe': { name: 'دورق ماء', gender: 'm' },
  'serving-spoon': { name: 'ملعقة تقديم', gender: 'f' },
  'pepper-mill': { name: 'مطحنة فلفل', gender: 'f' },
  apron: { name: 'مريلة', gender: 'f' },
  candle: { name: 'شمعة', gender: 'f' },
  notebook: { name: 'دفتر', gender: 'm' },
}
const DEPARTMENTS: Record<DepartmentKey, string> = {
  kitchenware: 'أدوات المطبخ',
  'home-goods': 'مستلزمات المنزل',
  'coffee-beans': 'حبوب القهوة',
  tableware: 'أدوات المائدة',
  'bath-body': 'العناية بالجسم',
  stationery: 'القرطاسية',
  garden: 'الحديقة',
  cafe: 'المقهى',
  pantry: 'المؤونة',
  'outdoor-gear': 'معدات الرحلات',
}
const TOPICS: Record<TopicKey, string> = {
  sourdough: 'خبز العجين المخمّر',
  'latte-art': 'فن اللاتيه',
  'wine-tasting': 'تذوق النبيذ',
  'pasta-making': 'صنع الباستا',
  'candle-pouring': 'صب الشموع',
  'flower-arranging': 'تنسيق الزهور',
  'knife-sharpening': 'شحذ السكاكين',
  'tea-blending': 'خلط الشاي',
  'cheese-tasting': 'تذوق الأجبان',
  foraging: 'جمع النباتات البرية',
  watercolour: 'الرسم بالألوان المائية',
  chocolate: 'الشوكولاتة',
}
const FORMATS: Record<FormatKey, { name: string; gender: Gender }> = {
  workshop: { name: 'ورشة', gender: 'f' },
  evening: { name: 'أمسية', gender: 'f' },
  masterclass: { name: 'درس متقدم', gender: 'm' },
  morning: { name: 'صباحية', gender: 'f' },
  tour: { name: 'جولة', gender: 'f' },
}
const SHIPPING: Record<ShippingKey, string> = {
  standard: 'عادي',
  express: 'سريع',
  'next-day': 'في اليوم التالي',
  weekend: 'في عطلة نهاية الأسبوع',
  holiday: 'في العطلات',
  'gift-wrapped': 'مع تغليف الهدايا',
}
const STORES: Record<StoreKey, string> = {
  'harbor-street': 'شارع هاربر',
  'pine-market': 'سوق باين',
  'old-mill-yard': 'ساحة الطاحونة القديمة',
}
const REVIEWED: Record<ReviewedProductKey, string> = {
  'speckled-mug': 'كوب خزفي مرقّط',
  'harbor-morning-beans': 'حبوب قهوة هاربر مورنينغ',
  'cedar-candle': 'شمعة الأرز وملح البحر',
  'linen-apron': 'مريلة من الكتان',
  'camp-kettle': 'إبريق رحلات مطليّ بالمينا',
  'pine-ridge-roast': 'تحميص باين ريدج الداكن',
}
const CAUSES: Record<CauseKey, string> = {
  'animal-rescue': 'جمعية إنقاذ الحيوانات الساحلية',
  reforestation: 'مؤسسة إيفرغرين لإعادة التشجير',
  'coastal-cleanup': 'صندوق تنظيف السواحل',
  'food-bank': 'بنك الطعام المجتمعي',
  reading: 'تحالف القراءة للأطفال',
  'young-artists': 'منحة الفنانين الشباب',
  lighthouse: 'مؤسسة منارة هاربر',
  hospice: 'دار رعاية باين فالي',
}

const agree = (gender: Gender, m: string, f: string) => (gender === 'm' ? m : f)
/** "فنجان إسبريسو مرقّط مجاني", "فنجان إسبريسو مجاني من النحاس". */
function freeThing(product: ProductKey, finishKey: FinishKey) {
  const { name, gender } = PRODUCTS[product]
  const finish = FINISHES[finishKey]
  const free = agree(gender, 'مجاني', 'مجانية')
  return 'of' in finish
    ? { name: `${name} ${free} ${finish.of}`, thing: `${name} ${finish.of}` }
    : { name: `${name} ${finish[gender]} ${free}`, thing: `${name} ${finish[gender]}` }
}

const pluralRules = new Intl.PluralRules('ar')
/** "مرة واحدة", "مرتين", "3 مرات", "11 مرة": Arabic counts in six forms. */
function times(count: number): string {
  switch (pluralRules.select(count)) {
    case 'one':
      return 'مرة واحدة'
    case 'two':
      return 'مرتين'
    case 'few':
      return `${count} مرات`
    default:
      return `${count} مرة`
  }
}

const EVENTS = {
  cupping: 'تذوّق القهوة في باين ماركت',
  'latte-art': 'ورشة فن اللاتيه',
  'candle-making': 'أمسية صناعة الشموع',
  'harvest-tasting': 'تذوّق محصول الموسم',
} as const

/** Arabic (ar): Modern Standard Arabic, written right to left. */
export const ar: Wording = {
  issues: arabicIssues().localeError,
  intlLocale: 'ar',
  program: {
    name: `مكافآت ${BRAND}`,
    // CLDR's six forms: 0 نقطة، 1 نقطة، 2 نقطتان، 3–10 نقاط، 11–99 نقطة، 100 نقطة.
    points: {
      zero: 'نقطة',
      one: 'نقطة',
      two: 'نقطتان',
      few: 'نقاط',
      many: 'نقطة',
      other: 'نقطة',
    },
  },
  tiers: { bronze: 'البرونزي', silver: 'الفضي', gold: 'الذهبي' },
  benefits: {
    birthdayGift: {
      title: 'هدية عيد الميلاد',
      description: '100 نقطة إضافية وضيافة من المقهى في شهر عيد ميلادك.',
    },
    memberOffers: {
      title: 'عروض حصرية للأعضاء',
      description: 'عروض وأسعار لا يراها إلا الأعضاء، في التطبيق وعبر البريد الإلكتروني.',
    },
    freeShipping: {
      title: 'شحن عادي مجاني',
      description: 'شحن عادي مجاني لكل طلب عبر الإنترنت، دون حد أدنى للشراء.',
    },
    freeExpressShipping: {
      title: 'شحن سريع مجاني',
      description: 'شحن سريع مجاني لكل طلب عبر الإنترنت، دون حد أدنى للشراء.',
    },
    earlyAccess: {
      title: 'وصول مبكر',
      description: 'تسوّق المجموعات الموسمية والتخفيضات قبل الجميع بـ 48 ساعة.',
    },
    privateEvents: {
      title: 'فعاليات خاصة',
      description: 'دعوات إلى جلسات تذوق وورش عمل وأمسيات تسوق بعد ساعات العمل.',
    },
    concierge: {
      title: 'مساعد شخصي',
      description: 'موظف مخصص من فريقنا للهدايا والطلبات الخاصة وكل ما تحتاج إليه.',
    },
    monthlyTreat: {
      title: 'ضيافة شهرية في المقهى',
      description: 'مشروب أو معجنات مجانًا في المقهى كل شهر، على حسابنا.',
    },
  },

  rewards: {
    'extra-shot': {
      name: 'جرعة إسبريسو إضافية مجانية',
      summary: 'أضف جرعة إسبريسو إضافية إلى أي مشروب.',
      description: 'جرعة ثانية (أو ثالثة) من إسبريسو المنزل في أي مشروب ساخن أو مثلج، على حسابنا.',
      terms: `صالحة لمشروب واحد. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-pastry': {
      name: 'معجنات مجانية',
      summary: 'أي قطعة معجنات من ركن المقهى.',
      description: 'كرواسون أو لفافة قرفة أو تارت موسمي: اختر أي قطعة خُبزت في مطبخنا ذلك الصباح.',
      terms: `حتى نفاد مخبوزات اليوم. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: 'كرواسون بالزبدة هش على صحن خزفي صغير',
    },
    'coffee-3-off': {
      name: 'خصم 3 US$ على أي مشروب قهوة',
      summary: 'خصم 3 US$ على أي مشروب قهوة في مقاهينا.',
      description:
        'خصم 3 US$ على أي مشروب قهوة، من القهوة المقطرة إلى اللاتيه الكبير بحليب الشوفان.',
      terms: `لا تسري على أكياس حبوب القهوة. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-coffee': {
      name: 'قهوة مجانية',
      summary: 'قهوة مقطرة أو أمريكانو بأي حجم.',
      description: 'قهوة مقطرة أو أمريكانو بالحجم الذي تريده، من تحميص المنزل لهذا الشهر.',
      terms: `بدائل الحليب والشراب المنكّه بتكلفة إضافية. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: `فنجان قهوة سوداء يتصاعد منه البخار في كوب ${BRAND}`,
    },
    'free-latte': {
      name: 'لاتيه مجاني',
      summary: 'لاتيه بأي حجم، ساخن أو مثلج.',
      description:
        'لاتيه بالحجم الذي تريده مع الحليب الذي تختاره، ساخنًا أو مثلجًا، مع شراب منكّه إن أحببت.',
      terms: STORE_TERMS,
      howToUse: CAFE_HOW_TO,
    },
    'five-off': {
      name: 'خصم 5 US$',
      summary: 'خصم 5 US$ على أي مشتريات بقيمة 25 US$ أو أكثر.',
      description: 'خصم 5 US$ على طلب بقيمة 25 US$ أو أكثر، في المتجر أو عبر الإنترنت.',
      terms: `حد أدنى للشراء 25 US$ قبل الضريبة. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'قسيمة هدية مطبوع عليها «خصم 5 US$»',
    },
    'fifteen-percent-off': {
      name: 'خصم 15٪ على منتج واحد',
      summary: 'خصم 15٪ على أي منتج واحد بسعره الكامل.',
      description: 'اختر ما كنت تتطلع إليه: خصم 15٪ على منتج واحد بسعره الكامل أيًا كانت قيمته.',
      terms: `للمنتجات بسعرها الكامل فقط؛ لا تشمل بطاقات الهدايا. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'ten-off': {
      name: 'خصم 10 US$',
      summary: 'خصم 10 US$ على أي مشتريات بقيمة 40 US$ أو أكثر.',
      description: 'خصم 10 US$ على طلب بقيمة 40 US$ أو أكثر، في المتجر أو عبر الإنترنت.',
      terms: `حد أدنى للشراء 40 US$ قبل الضريبة. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'home-weekend-20': {
      name: 'عطلة نهاية أسبوع بخصم 20٪ على مستلزمات المنزل',
      summary: 'خصم 20٪ على كل ما في قسم المنزل لعطلة نهاية أسبوع واحدة.',
      description:
        'المفروشات والشموع والخزفيات وأدوات الطهي: خصم 20٪ على كل ما في قسم المنزل، في عطلة نهاية الأسبوع التي تختارها.',
      terms: `صالحة من الجمعة إلى الأحد على طلب واحد. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'twenty-five-off': {
      name: 'خصم 25 US$',
      summary: 'خصم 25 US$ على أي مشتريات بقيمة 100 US$ أو أكثر.',
      description: 'خصم 25 US$ على طلب بقيمة 100 US$ أو أكثر، في المتجر أو عبر الإنترنت.',
      terms: `حد أدنى للشراء 100 US$ قبل الضريبة. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'fifty-off': {
      name: 'خصم 50 US$',
      summary: 'خصم 50 US$ على أي مشتريات بقيمة 175 US$ أو أكثر. لأعضاء المستويين الفضي والذهبي.',
      description: 'خصم 50 US$ على طلب بقيمة 175 US$ أو أكثر، في المتجر أو عبر الإنترنت.',
      terms: `حد أدنى للشراء 175 US$ قبل الضريبة. المستوى الفضي أو أعلى. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'hundred-off': {
      name: 'خصم 100 US$',
      summary: 'خصم 100 US$ على أي مشتريات بقيمة 300 US$ أو أكثر. لأعضاء المستوى الذهبي.',
      description: 'خصم 100 US$ على طلب بقيمة 300 US$ أو أكثر، في المتجر أو عبر الإنترنت.',
      terms: `حد أدنى للشراء 300 US$ قبل الضريبة. للمستوى الذهبي فقط. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'coffee-beans': {
      name: 'كيس حبوب قهوة مجاني',
      summary: 'كيس بوزن 340 غرامًا من أي تحميص، حبوبًا كاملة أو مطحونة.',
      description:
        'اختر أيًا من تحميصاتنا، من هاربر مورنينغ المشرق إلى باين ريدج الداكن، حبوبًا كاملة أو مطحونة لآلتك.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: `كيس ورقي من حبوب القهوة عليه ملصق ${BRAND}`,
    },
    'ceramic-mug': {
      name: 'كوب خزفي مجاني',
      summary: 'كوبنا الحجري المزجج يدويًا بسعة 355 مل.',
      description: 'يشكّله ويزججه مشغل فخار صغير على الساحل؛ ولا يتشابه كوبان.',
      terms: `حتى نفاد الكمية. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'كوب حجري أزرق مرقّط',
    },
    'signature-candle': {
      name: 'شمعة مميزة مجانية',
      summary: 'شمعتنا من شمع الصويا بعبير الأرز وملح البحر، تشتعل 40 ساعة.',
      description:
        'شمع صويا مصبوب يدويًا في برطمان كهرماني قابل لإعادة الاستخدام، بعبير الأرز وملح البحر ولمسة من الدخان.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'olive-oil': {
      name: 'زيت زيتون مجاني من مزرعة واحدة',
      summary: 'زجاجة 500 مل من زيت الزيتون البكر الممتاز من مزرعة واحدة.',
      description:
        'معصور على البارد من محصول هذا العام في مزرعة عائلية واحدة؛ عشبي، لاذع، ويليق بكل شيء.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'linen-napkins': {
      name: 'مناديل كتان مجانية (طقم من 4)',
      summary: 'أربعة مناديل من الكتان المغسول بالحجر بلون الشوفان.',
      description: 'كتان أوروبي ناعم مغسول بالحجر يزداد جمالًا مع كل غسلة.',
      terms: `حتى نفاد الكمية. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'cast-iron-skillet': {
      name: 'مقلاة حديد زهر مجانية',
      summary: 'مقلاة من الحديد الزهر مقاس 25 سم، معالجة مسبقًا. لأعضاء المستوى الذهبي.',
      description: 'المقلاة التي ستورّثها: معالجة مسبقًا، تتحمل الفرن وجاهزة لأول بيضة.',
      terms: `للمستوى الذهبي فقط. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'enamel-pins': {
      name: 'طقم دبابيس مطليّة بالمينا',
      summary: 'ثلاثة دبابيس بالمينا: ميناء وصنوبرة ومنارة.',
      description: 'طقم من ثلاثة دبابيس بالمينا الصلبة على بطاقة، من تصميم رسامتنا.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'reusable-cup': {
      name: 'كوب سفر قابل لإعادة الاستخدام',
      summary: 'كوب معزول بسعة 355 مل؛ خصم 25 سنتًا على كل إعادة تعبئة.',
      description:
        'فولاذ بجدار مزدوج وغطاء مانع للتسرب. أحضره إلى أي من مقاهينا واحصل على خصم 25 سنتًا على كل مشروب.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'كوب سفر معزول بلون أخضر داكن وغطاء من الفلين',
    },
    'holiday-ornament': {
      name: 'زينة الأعياد',
      summary: 'زينة هذا العام من الزجاج المرسوم يدويًا.',
      description: 'منارة من الزجاج مرسومة يدويًا، بإصدار محدود لهذا الموسم فقط.',
      terms: `إصدار محدود، حتى نفاد الكمية. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'tote-bag': {
      name: 'حقيبة قماشية',
      summary: 'حقيبة من القماش السميك بحزام طويل.',
      description: 'قماش قطني عضوي سميك، وجيب داخلي، وحزام طويل يكفي لحملها فوق المعطف.',
      terms: `حتى نفاد الكمية. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'حقيبة من القماش الطبيعي مطبوع عليها شجرة صنوبر',
    },
    'wool-throw': {
      name: 'بطانية صوفية',
      summary: 'بطانية من صوف الحملان بمربعات خضراء. لأعضاء المستويين الفضي والذهبي.',
      description:
        'منسوجة في مصنع عائلي من صوف الحملان الناعم، بمقاس 130 × 180 سم: للأريكة والشرفة.',
      terms: `المستوى الفضي أو أعلى. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'picnic-set': {
      name: 'طقم نزهة لشخصين',
      summary: 'سلة من الخوص مع أطباق وأكواب وبطانية. لأعضاء المستوى الذهبي.',
      description:
        'كل ما تحتاجه لعصرية في الهواء الطلق: سلة من الخوص، وأطباق وأكواب بالمينا، ومناديل كتان، وبطانية مقاومة للماء.',
      terms: `للمستوى الذهبي فقط، حتى نفاد الكمية. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'سلة نزهة من الخوص مفتوحة على بطانية مربعات',
    },
    'roastery-tour': {
      name: 'جولة خلف الكواليس في المحمصة',
      summary: 'ساعة في محمصتنا مع كبير المحمّصين، وجلسة تذوق.',
      description:
        'شاهد حبوب القهوة الخضراء تتحول إلى قهوة صباحك، واسأل المحمّص عن أي شيء، وتذوّق ثلاثة تحميصات جنبًا إلى جنب.',
      terms: 'صباح أيام السبت؛ احجز قبل 7 أيام على الأقل. لشخص واحد.',
      howToUse: 'استبدلها، ثم احجز موعدًا يوم السبت عبر الرابط في قسيمتك.',
    },
    'forest-walk': {
      name: 'نزهة غابة بصحبة مرشد وفطور',
      summary: 'نزهة بصحبة مرشد لمدة ساعتين يليها فطور في المقهى.',
      description:
        'تمشَّ بين صنوبر الساحل مع عالم طبيعة محلي، ثم تدفأ بفطور كامل في مقهانا في شارع هاربر.',
      terms: 'مرة في الشهر إن سمح الطقس؛ وإن أمطرت يُعاد الحجز. لشخص واحد.',
      howToUse: 'استبدلها، ثم اختر موعدًا عبر الرابط في قسيمتك.',
    },
    'coffee-cupping': {
      name: 'ورشة تذوق القهوة',
      summary: 'تعلّم تذوق القهوة كالمحترفين في 90 دقيقة.',
      description: 'ارتشف وقيّم وقارن ست قهوات من ثلاث قارات مع مسؤولة شراء القهوة الخضراء لدينا.',
      terms: 'لشخص واحد؛ مرتين في الشهر. احجز قبل 3 أيام على الأقل.',
      howToUse: 'استبدلها، ثم احجز جلسة عبر الرابط في قسيمتك.',
      imageAlt: 'صفوف من أكواب القهوة الصغيرة على طاولة تذوق خشبية',
    },
    'pottery-evening': {
      name: 'أمسية فخار',
      summary: 'شكّل كوبك بنفسك في المشغل الذي يصنع أكوابنا.',
      description: 'ثلاث ساعات على الدولاب مع خزّاف، ثم نزجج كوبك ونحرقه ونرسله إليك بالبريد.',
      terms: 'لشخص واحد، من سن 18 فما فوق. احجز قبل 14 يومًا على الأقل.',
      howToUse: 'استبدلها، ثم احجز أمسية عبر الرابط في قسيمتك.',
    },
    'cooking-class': {
      name: 'درس طبخ: حساء الخريف',
      summary: 'درس مسائي عملي مع فريق مطبخنا.',
      description: 'حضّر ثلاثة أنواع من الحساء الموسمي ورغيف خبز الصودا، ثم اجلسوا لتناولها معًا.',
      terms: 'لشخص واحد. يمكن مراعاة الاحتياجات الغذائية بإشعار قبل 7 أيام.',
      howToUse: 'استبدلها، ثم اختر موعد الدرس عبر الرابط في قسيمتك.',
      imageAlt: 'يدان تقطعان الخضار بجانب قدر من الحساء',
    },
    'knife-skills': {
      name: 'درس مهارات السكين',
      summary: 'ساعتان في الشحذ والتقطيع. لأعضاء المستويين الفضي والذهبي.',
      description: 'تعلّم شحذ سكين الطاهي وصقله واستخدامه بأمان وسرعة؛ وخذ معك مِسنّ الصقل.',
      terms: 'المستوى الفضي أو أعلى. لشخص واحد.',
      howToUse: 'استبدلها، ثم احجز درسًا عبر الرابط في قسيمتك.',
    },
    'chefs-table': {
      name: 'عشاء خاص على طاولة الطاهي',
      summary: 'عشاء من سبعة أطباق لشخصين في مطبخنا. لأعضاء المستوى الذهبي.',
      description:
        'اجلس عند منصة التقديم بينما يطهو الطاهي سبعة أطباق لك ولضيفك، مع مشروبات مختارة بعناية.',
      terms: 'للمستوى الذهبي فقط. لشخصين؛ احجز قبل 30 يومًا على الأقل.',
      howToUse: 'استبدلها وسيتصل بك مساعدك الشخصي لتحديد الموعد.',
    },
    'free-shipping': {
      name: 'شحن مجاني',
      summary: 'شحن عادي مجاني لطلب واحد عبر الإنترنت.',
      description: 'شحن عادي على حسابنا لطلب واحد عبر الإنترنت مهما كان حجمه.',
      terms: 'للعناوين داخل البر الرئيسي للولايات المتحدة. طلب واحد. الرمز لا تنتهي صلاحيته.',
      howToUse: SHIPPING_HOW_TO,
    },
    'express-shipping': {
      name: 'شحن سريع مجاني',
      summary: 'شحن مجاني خلال يومين لطلب واحد عبر الإنترنت.',
      description: 'تحتاجه أسرع؟ شحن سريع خلال يومين لطلب واحد عبر الإنترنت، على حسابنا.',
      terms:
        'للعناوين داخل البر الرئيسي للولايات المتحدة. اطلب قبل الساعة 1 ظهرًا ليُشحن في اليوم نفسه.',
      howToUse: SHIPPING_HOW_TO,
    },
    'shipping-month': {
      name: 'شحن مجاني لمدة شهر',
      summary: 'شحن عادي مجاني لكل طلب عبر الإنترنت لمدة 30 يومًا.',
      description:
        'ثلاثون يومًا من الشحن العادي المجاني لكل طلب عبر الإنترنت، تبدأ من يوم الاستبدال.',
      terms: 'للعناوين داخل البر الرئيسي للولايات المتحدة.',
      howToUse: 'استبدلها ويُطبَّق الشحن المجاني على حسابك تلقائيًا لمدة 30 يومًا.',
    },
    'shipping-year': {
      name: 'شحن مجاني لمدة عام',
      summary: 'شحن سريع مجاني لكل طلب لمدة عام. لأعضاء المستويين الفضي والذهبي.',
      description: 'عام كامل من الشحن السريع المجاني لكل طلب عبر الإنترنت، يبدأ من يوم الاستبدال.',
      terms: 'المستوى الفضي أو أعلى. للعناوين داخل البر الرئيسي للولايات المتحدة.',
      howToUse: 'استبدلها ويُطبَّق الشحن السريع المجاني على حسابك تلقائيًا لمدة 12 شهرًا.',
    },
  },
  donations: {
    'donate-animal-rescue': { summary: 'ساعد في إطعام القطط والكلاب المُنقذة وإيوائها.' },
    'donate-trees': {
      summary: 'ازرع أشجارًا محلية حيث احترقت الغابات.',
      imageAlt: 'شتلة صنوبر بين كفّين',
    },
    'donate-coastal-cleanup': { summary: 'حافظ على شواطئنا وموانئنا خالية من البلاستيك.' },
    'donate-food-bank': { summary: 'املأ رفوف بنك الطعام في حيّنا.' },
    'donate-reading': { summary: 'ضع الكتب بين أيدي القرّاء الصغار.' },
    'donate-arts': { summary: 'موّل دورة فنية صيفية لمراهق من المنطقة.' },
  },
  causes: CAUSES,
  donation: {
    name: ({ points, amount, cause }) => `تبرّع بـ ${points}: نقدّم ${amount} لصالح ${cause}`,
    description: ({ points, amount, cause }) =>
      `حوّل ${points} إلى تبرع بقيمة ${amount} لصالح ${cause}. يذهب كل سنت إلى القضية، وننشر المجاميع كل ربع سنة.`,
    terms: `تقدّم ${BRAND} التبرعات، ولا تُخصم من ضرائبك. لا يمكن استرداد النقاط بعد التبرع بها.`,
    howToUse: 'استبدلها ونقدّم التبرع باسمك خلال 30 يومًا. لا حاجة إلى قسيمة.',
  },
  storeTerms: STORE_TERMS,
  voucherHowTo: VOUCHER_HOW_TO,
  shippingHowTo: SHIPPING_HOW_TO,
  generated: {
    discount: ({ amount, department, number }) => ({
      name: `خصم ${amount} على ${DEPARTMENTS[department]} رقم ${number}`,
      summary: `خصم ${amount} على أي منتج من قسم ${DEPARTMENTS[department]}.`,
      description: `خصم ${amount} على طلب من قسم ${DEPARTMENTS[department]}، في المتجر أو عبر الإنترنت.`,
    }),
    freeProduct: ({ finish, product, number }) => {
      const { name, thing } = freeThing(product, finish)
      const { gender } = PRODUCTS[product]
      return {
        name: `${name} رقم ${number}`,
        summary: `${thing} من رفوفنا، على حسابنا.`,
        description: `استلم ${thing} من أي متجر لـ ${BRAND} أو ${agree(gender, 'أضفه', 'أضفها')} إلى طلب عبر الإنترنت.`,
      }
    },
    gift: ({ product, number }) => {
      const { name, gender } = PRODUCTS[product]
      return {
        name: `${name} رقم ${number}`,
        summary: `${name} ${agree(gender, 'مصنوع', 'مصنوعة')} خصيصًا للأعضاء.`,
        description: `${name} ${agree(gender, 'حصري', 'حصرية')} للأعضاء، ${agree(gender, 'صُنع', 'صُنعت')} بكمية محدودة لدى أحد حرفيينا.`,
      }
    },
    experience: ({ topic, format, number }) => {
      const { name, gender } = FORMATS[format]
      return {
        name: `${name} ${TOPICS[topic]} رقم ${number}`,
        summary: `${name} ${agree(gender, 'عملي', 'عملية')} في ${TOPICS[topic]} مع فريقنا.`,
        description: `تعلّم ${TOPICS[topic]} على مهل مع أشخاص يمارسونه كل يوم.`,
      }
    },
    freeShipping: ({ kind, number }) => ({
      name: `شحن مجاني ${SHIPPING[kind]} رقم ${number}`,
      summary: `شحن ${SHIPPING[kind]} لطلب واحد عبر الإنترنت، على حسابنا.`,
      description: `شحن ${SHIPPING[kind]} على حسابنا لطلب واحد عبر الإنترنت مهما كان حجمه.`,
    }),
    donation: ({ points, amount, cause, number }) => ({
      name: `تبرّع بـ ${points} لصالح ${cause} رقم ${number}`,
      summary: `نقدّم ${amount} لصالح ${cause}.`,
      description: `حوّل ${points} إلى تبرع بقيمة ${amount} لصالح ${cause}.`,
    }),
    experienceTerms: 'لشخص واحد. احجز قبل 7 أيام على الأقل.',
    experienceHowTo: 'استبدلها، ثم احجز موعدًا عبر الرابط في قسيمتك.',
  },

  earning: {
    rules: {
      purchase: {
        title: 'تسوّق معنا',
        description: () =>
          'اكسب نقاطًا مع كل عملية شراء، في متاجرنا وعبر الإنترنت. بعض المنتجات تمنح أكثر، وبطاقات الهدايا لا تمنح نقاطًا، ومستواك يضاعف كل ذلك.',
      },
      review: {
        title: 'اكتب مراجعة لمنتج',
        description: () =>
          'أخبر العملاء الآخرين برأيك في منتج اشتريته. تُضاف النقاط بعد الموافقة على المراجعة.',
      },
      newsletter: {
        title: 'اشترك في النشرة الإخبارية',
        description: () =>
          'المنتجات الجديدة وجلسات التذوّق وعروض الأعضاء، مرة كل أسبوع عبر البريد الإلكتروني.',
      },
      referral: {
        title: 'ادعُ صديقًا',
        description: () => 'عندما ينضم صديق دعوته ويُتمّ أول عملية شراء، تكسبان كلاكما.',
      },
      app: {
        title: 'نزّل التطبيق',
        description: () => `اربط تطبيق ${BRAND} بحسابك وامسح بطاقتك عند الدفع.`,
      },
      event: {
        title: 'احضر فعالية',
        description: () => 'جلسات تذوّق وورش عمل في متاجرنا: امسح بطاقتك عند الباب.',
      },
      instagram: {
        title: 'تابعنا على إنستغرام',
        description: () => 'ما يجري في المحمصة، والمنتجات الجديدة قبل الجميع.',
      },
      tiktok: {
        title: 'تابعنا على تيك توك',
        description: () => 'ما يجري في المحمصة، والمنتجات الجديدة قبل الجميع.',
      },
      birthday: {
        title: 'هدية عيد الميلاد',
        description: (points) => `${points} وهدية من المقهى، كل عام في شهر ميلادك.`,
      },
    },
    categories: {
      coffee: 'حبوب القهوة والشاي',
      cafe: 'مشروبات المقهى وأطعمته',
      home: 'المنزل والمطبخ',
      accessories: 'الإكسسوارات',
      gift_cards: 'بطاقات الهدايا',
    },
    events: EVENTS,
    birthdayTreat: {
      name: 'هدية عيد الميلاد من المقهى',
      howToUse:
        'اعرض هذا الرمز عند منضدة المقهى لتحصل على مشروب ومعجّنات مجانًا، حتى نهاية شهر ميلادك.',
    },
  },

  history: {
    onlineOrder: (order) => `طلب عبر الإنترنت رقم HP-${order}`,
    inStore: (store) => `شراء من المتجر، ${STORES[store]}`,
    review: (product) => `مراجعة: ${REVIEWED[product]}`,
    newsletter: 'الاشتراك في النشرة الإخبارية',
    referral: (friend) => `إحالة: انضم ${friend} وأتمّ أول عملية شراء`,
    partnerPurchase: (partner) => `شراء من ${partner}`,
    challengeCompleted: (challenge) => `اكتمل التحدي: ${challenge}`,
    punchCardFilled: (card) => `امتلأت بطاقة الأختام: ${card}`,
    birthday: `عيد ميلاد سعيد من ${BRAND}`,
    redeemed: (reward) => `استبدال: ${reward}`,
    donated: (reward) => `تبرّع: ${reward}`,
    app: 'ربط التطبيق',
    social: (network) => `متابعتنا على ${network}`,
    event: (event) => `فعالية: ${EVENTS[event]}`,
    partner: (partner) => `شراء من ${partner}`,
    expired: (points, lot) => `انتهت صلاحية ${points} من «${lot}»`,
    welcome: (program) => `مرحبًا بك في ${program}`,
    surveyAnswered: 'شكرًا لإجابتك عن سؤالنا',
    optedIn: (channel) =>
      `الاشتراك في ${{ email: 'رسائل البريد الإلكتروني', sms: 'الرسائل النصية', push: 'الإشعارات الفورية' }[channel]}`,
    goodwill: 'نقاط تعويض: نعتذر عن تأخر وصول طلبك',
    missingPoints: (order) => `تصحيح: نقاط لم تُحتسب للطلب عبر الإنترنت رقم HP-${order}`,
    orderReturned: (order) => `استرداد نقاط: أُعيد الطلب عبر الإنترنت رقم HP-${order}`,
  },

  problemTitles: {
    bad_request: 'طلب غير صالح',
    unauthorized: 'يُرجى تسجيل الدخول',
    forbidden: 'غير مسموح',
    not_found: 'غير موجود',
    conflict: 'تعارض',
    rate_limited: 'طلبات كثيرة جدًا',
    internal_error: 'خطأ داخلي',
    service_unavailable: 'الخدمة غير متاحة',
    insufficient_points: 'النقاط غير كافية',
    out_of_stock: 'نفدت الكمية',
    tier_required: 'يلزم مستوى أعلى',
    limit_reached: 'بلغت الحد',
    cost_changed: 'تغيّرت التكلفة',
    already_completed: 'تمّ بالفعل',
    idempotency_key_reused: 'مفتاح عدم التكرار مستخدم من قبل',
    idempotency_key_in_use: 'ما زال طلب بمفتاح عدم التكرار هذا قيد المعالجة',
    invalid_credentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
    account_locked: 'هذا الحساب مقفل',
    email_taken: 'هذا البريد الإلكتروني مسجّل بالفعل',
  },
  problems: {
    rewardNotFound: (id) => ({
      title: 'لم يتم العثور على المكافأة',
      detail: `لا توجد مكافأة بالمعرّف «${id}».`,
    }),
    noLongerOffered: ({ reward, until }) => ({
      title: 'لم تعد هذه المكافأة متاحة',
      detail: `كان يمكن استبدال «${reward}» حتى ${until}.`,
    }),
    costChanged: ({ reward, cost, expected }) => ({
      detail: `أصبحت تكلفة «${reward}» ${cost}، وليس ${expected}.`,
    }),
    tierRequired: ({ reward, required, mine }) => ({
      detail: `«${reward}» لأعضاء المستوى ${required} وما فوقه؛ ومستواك ${mine}.`,
    }),
    limitReached: ({ reward, limit, redeemed }) => ({
      detail: `يمكن لكل عضو استبدال «${reward}» ${times(limit)}، وقد استبدلتها ${times(redeemed)}.`,
    }),
    outOfStock: ({ reward }) => ({ detail: `نفدت كمية «${reward}».` }),
    insufficientPoints: ({ reward, cost, available, short }) => ({
      detail: `تكلفة «${reward}» ${cost} ولديك ${available}: ينقصك ${short}.`,
    }),
    notEnoughAvailable: ({ needed, available }) => ({
      detail: `يلزم ${needed} والمتاح ${available} فقط`,
    }),
    keyReused: ({ key, rewardId, cost }) => ({
      detail: `استُخدم Idempotency-Key «${key}» لطلب مختلف (المكافأة ${rewardId} مقابل ${cost}). استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    emailTaken: {
      title: 'هذا البريد الإلكتروني مسجّل بالفعل',
      detail:
        'يوجد عضو بهذا البريد الإلكتروني بالفعل. سجّل الدخول، أو أعد تعيين كلمة المرور إن نسيتها.',
    },
    joinKeyReused: ({ key }) => ({
      detail: `استُخدم Idempotency-Key «${key}» للانضمام ببيانات أخرى. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    actionNotFound: (id) => ({
      title: 'الإجراء غير موجود',
      detail: `لا يوجد إجراء بالمعرّف «${id}».`,
    }),
    alreadyCompleted: ({ date }) => ({
      title: 'تمّ بالفعل',
      detail: `أتممت هذا في ${date}، ولا يمنح النقاط إلا مرة واحدة: نقاطه في رصيدك.`,
    }),
    actionKeyReused: ({ key, actionId }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لطلب مختلف (الإجراء ${actionId}). استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    birthdayAlreadySet: {
      title: 'تاريخ ميلادك مسجَّل بالفعل',
      detail: 'تاريخ ميلادك مسجَّل، ولا يمكن تحديده إلا مرة واحدة. لتصحيحه، تواصل مع خدمة الأعضاء.',
    },
    noSuchDay: ({ month, day }) => ({
      title: 'ليس تاريخًا',
      detail: `لا يوجد يوم ${day} في الشهر ${month}.`,
    }),
    vipAlready: {
      title: 'أنت عضو VIP بالفعل',
      detail: 'عضويتك VIP نشطة، فلا يوجد ما تدفعه الآن.',
    },
    vipUntil: ({ date }) => ({
      title: 'أنت عضو VIP حتى نهاية الفترة المدفوعة',
      detail: `عضويتك VIP ملغاة وتستمر مزاياها حتى ${date}. يمكنك الانضمام مجددًا بعد ذلك اليوم.`,
    }),
    vipPending: {
      title: 'نؤكد دفعتك لعضوية VIP',
      detail: 'لم يؤكد مزود الدفع دفعتك بعد. تبدأ عضويتك VIP فور تأكيدها، ولا يوجد ما تدفعه أكثر.',
    },
    notVip: {
      title: 'لا توجد عضوية VIP لإلغائها',
      detail: 'لست عضوًا في VIP، فلا يوجد ما يُلغى.',
    },
    checkoutKeyReused: ({ key }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لبدء عملية دفع أخرى. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    cancelKeyReused: ({ key }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لطلب مختلف. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    birthdayKeyReused: ({ key }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لتحديد تاريخ ميلاد آخر. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    surveyAnswered: ({ date }) => ({
      title: 'تمت الإجابة من قبل',
      detail: `أجبت عن سؤال هذه الفترة في ${date}. شكرًا لك: سنسأل مجددًا في الفترة القادمة.`,
    }),
    surveyNotCurrent: ({ surveyId }) => ({
      title: 'ليس سؤال هذه الفترة',
      detail: `«${surveyId}» ليس سؤال هذه الفترة.`,
    }),
    surveyNotEligible: {
      title: 'لم نسأل بعد',
      detail: 'نسأل الأعضاء بعد مرور 30 يومًا على انضمامهم.',
    },
    surveyKeyReused: ({ key }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لإجابة أخرى. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    preferenceKeyReused: ({ key }) => ({
      detail: `استُخدم مفتاح Idempotency-Key «${key}» لتفضيل آخر. استخدم مفتاحًا جديدًا لطلب جديد.`,
    }),
    termsNotAccepted: {
      title: 'محتوى غير صالح',
      detail: 'acceptedTerms: يجب قبول شروط البرنامج',
    },
    firstNameBlank: { title: 'محتوى غير صالح', detail: 'firstName: لا يجوز أن يكون فارغًا' },
    keyInUse: ({ key }) => ({
      detail: `ما زال طلب بـ Idempotency-Key «${key}» قيد المعالجة. اسأل عن نتيجته مجددًا بعد قليل.`,
    }),
    keyLength: (max) => ({ detail: `يتكون Idempotency-Key من 1 إلى ${max} حرفًا.` }),
    keyMissing: {
      title: 'ترويسة Idempotency-Key مطلوبة',
      detail:
        'أرسل ترويسة Idempotency-Key فريدة مع كل استبدال، والترويسة نفسها عند إعادة المحاولة.',
    },
    keyInvalid: (reason) => ({ title: 'Idempotency-Key غير صالح', detail: reason }),
    badCursor: { title: 'مؤشر غير صالح', detail: 'لم يُصدر هذا الخادم هذا المؤشر' },
    invalidQuery: (issues) => ({ title: 'استعلام غير صالح', detail: issues }),
    invalidBody: (issues) => ({ title: 'محتوى غير صالح', detail: issues }),
    bodyNotJson: { title: 'محتوى غير صالح', detail: 'المحتوى ليس JSON.' },
    notACount: ({ what, value }) => ({
      detail: {
        cost: `يجب أن تكون التكلفة عددًا صحيحًا ≥ 0، لا ${value}`,
        stock: `يجب أن تكون الكمية عددًا صحيحًا ≥ 0، لا ${value}`,
        earned: `يجب أن تكون النقاط المكتسبة عددًا صحيحًا موجبًا، لا ${value}`,
        spent: `يجب أن تكون التكلفة عددًا صحيحًا من النقاط، لا ${value}`,
      }[what],
    }),
    postsBeforeEarned: { detail: 'لا يمكن إضافة النقاط قبل اكتسابها' },
    overdrawn: ({ points }) => ({
      detail: `عملية خصم تنفق ${points} أكثر مما كان متاحًا حينها`,
    }),
    signedOut: {
      title: 'يُرجى تسجيل الدخول',
      detail: 'لم تسجّل الدخول، أو انتهت جلستك. سجّل الدخول مجددًا للمتابعة.',
    },
    sessionEnded: { title: 'غير مصرّح', detail: 'انتهت الجلسة. سجّل الدخول مجددًا.' },
    invalidCredentials: { detail: 'تحقق من بريدك الإلكتروني وكلمة المرور وحاول مجددًا.' },
    accountLocked: {
      detail: 'حفاظًا على أمانك، هذا الحساب مقفل. تواصل مع خدمة الأعضاء لفتحه.',
    },
    noSuchOperation: ({ method, path }) => ({
      detail: `لا تحتوي واجهة برنامج الولاء على ${method} ${path}.`,
    }),
    internalError: { detail: 'تعذّر على واجهة برنامج الولاء الرد على هذا الطلب.' },
    unavailable: {
      detail: 'واجهة برنامج الولاء متوقفة لحظات. حاول مجددًا بعد قليل.',
    },
  },
}

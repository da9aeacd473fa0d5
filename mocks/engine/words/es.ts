import spanishIssues from 'zod/v4/locales/es.js'
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

const STORE_TERMS =
  'Uno por canje. No se puede cambiar por dinero ni combinar con otras recompensas.'
const VOUCHER_HOW_TO =
  'Canjéala para obtener un código de cupón. Muestra el código en caja o introdúcelo al pagar en línea antes de que caduque.'
const CAFE_HOW_TO =
  'Canjéala y muestra el cupón en la app en el mostrador de cualquier cafetería Harbor & Pine.'
const SHIPPING_HOW_TO =
  'Canjéala e introduce el código del cupón al pagar; el coste del envío baja a cero.'

type Gender = 'm' | 'f'
/** An adjective that agrees with the noun, or a phrase that does not need to. */
type Finish = { m: string; f: string } | string

const FINISHES: Record<FinishKey, Finish> = {
  speckled: { m: 'moteado', f: 'moteada' },
  'hand-thrown': { m: 'torneado a mano', f: 'torneada a mano' },
  'olive-wood': 'de madera de olivo',
  copper: 'de cobre',
  linen: 'de lino',
  enamel: { m: 'esmaltado', f: 'esmaltada' },
  stoneware: 'de gres',
  walnut: 'de nogal',
  brass: 'de latón',
  seaglass: 'de vidrio marino',
  oak: 'de roble',
  cedar: 'de cedro',
}
const PRODUCTS: Record<ProductKey, { name: string; gender: Gender }> = {
  'espresso-cup': { name: 'Taza de espresso', gender: 'f' },
  'pour-over-kettle': { name: 'Hervidor de cuello de cisne', gender: 'm' },
  'tea-towel': { name: 'Paño de cocina', gender: 'm' },
  'butter-dish': { name: 'Mantequera', gender: 'f' },
  'salad-bowl': { name: 'Ensaladera', gender: 'f' },
  'bread-knife': { name: 'Cuchillo de pan', gender: 'm' },
  'cheese-board': { name: 'Tabla de quesos', gender: 'f' },
  'honey-jar': { name: 'Tarro de miel', gender: 'm' },
  'oven-mitt': { name: 'Manopla de horno', gender: 'f' },
  'coffee-scoop': { name: 'Medidor de café', gender: 'm' },
  'water-carafe': { name: 'Jarra de agua', gender: 'f' },
  'serving-spoon': { name: 'Cuchara de servir', gender: 'f' },
  'pepper-mill': { name: 'Molinillo de pimienta', gender: 'm' },
  apron: { name: 'Delantal', gender: 'm' },
  candle: { name: 'Vela', gender: 'f' },
  notebook: { name: 'Cuaderno', gender: 'm' },
}
const DEPARTMENTS: Record<DepartmentKey, string> = {
  kitchenware: 'Menaje de cocina',
  'home-goods': 'Hogar',
  'coffee-beans': 'Café en grano',
  tableware: 'Vajilla',
  'bath-body': 'Baño y cuerpo',
  stationery: 'Papelería',
  garden: 'Jardín',
  cafe: 'la cafetería',
  pantry: 'Despensa',
  'outdoor-gear': 'Aire libre',
}
const TOPICS: Record<TopicKey, string> = {
  sourdough: 'masa madre',
  'latte-art': 'arte latte',
  'wine-tasting': 'cata de vinos',
  'pasta-making': 'pasta fresca',
  'candle-pouring': 'velas artesanales',
  'flower-arranging': 'arreglos florales',
  'knife-sharpening': 'afilado de cuchillos',
  'tea-blending': 'mezclas de té',
  'cheese-tasting': 'cata de quesos',
  foraging: 'recolección silvestre',
  watercolour: 'acuarela',
  chocolate: 'chocolate',
}
const FORMATS: Record<FormatKey, { name: string; gender: Gender }> = {
  workshop: { name: 'Taller', gender: 'm' },
  evening: { name: 'Velada', gender: 'f' },
  masterclass: { name: 'Clase magistral', gender: 'f' },
  morning: { name: 'Mañana', gender: 'f' },
  tour: { name: 'Visita', gender: 'f' },
}
const SHIPPING: Record<ShippingKey, string> = {
  standard: 'estándar',
  express: 'exprés',
  'next-day': 'al día siguiente',
  weekend: 'en fin de semana',
  holiday: 'en festivos',
  'gift-wrapped': 'con envoltorio de regalo',
}
const STORES: Record<StoreKey, string> = {
  'harbor-street': 'Harbor Street',
  'pine-market': 'Pine Market',
  'old-mill-yard': 'Old Mill Yard',
}
const REVIEWED: Record<ReviewedProductKey, string> = {
  'speckled-mug': 'Taza de gres moteada',
  'harbor-morning-beans': 'Café en grano Harbor Morning',
  'cedar-candle': 'Vela de cedro y sal marina',
  'linen-apron': 'Delantal de lino',
  'camp-kettle': 'Hervidor de campo esmaltado',
  'pine-ridge-roast': 'Tueste oscuro Pine Ridge',
}
const CAUSES: Record<CauseKey, string> = {
  'animal-rescue': 'Rescate Animal de la Costa',
  reforestation: 'Fundación Reforestación Siempreverde',
  'coastal-cleanup': 'Fondo de Limpieza Costera',
  'food-bank': 'Banco de Alimentos Comunitario',
  reading: 'Alianza por la Lectura Infantil',
  'young-artists': 'Beca Jóvenes Artistas',
  lighthouse: 'Fundación Faro de Harbor',
  hospice: 'Cuidados Paliativos Pine Valley',
}

const finish = (key: FinishKey, gender: Gender) => {
  const word = FINISHES[key]
  return typeof word === 'string' ? word : word[gender]
}
const article = (gender: Gender) => (gender === 'm' ? 'un' : 'una')
const agree = (gender: Gender, m: string, f: string) => (gender === 'm' ? m : f)
const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
const times = (count: number) => (count === 1 ? 'una vez' : `${count} veces`)

const EVENTS = {
  cupping: 'Cata de café en Pine Market',
  'latte-art': 'Taller de arte latte',
  'candle-making': 'Tarde de velas artesanales',
  'harvest-tasting': 'Cata de la cosecha',
} as const

/** Spanish (es): neutral Latin American and European usage, "tú". */
export const es: Wording = {
  issues: spanishIssues().localeError,
  intlLocale: 'es',
  program: {
    name: 'Recompensas Harbor & Pine',
    // "1.000.000 de puntos": Spanish takes "de" after a round million.
    points: { one: 'punto', many: 'de puntos', other: 'puntos' },
  },
  tiers: { bronze: 'Bronce', silver: 'Plata', gold: 'Oro' },
  benefits: {
    birthdayGift: {
      title: 'Regalo de cumpleaños',
      description: '100 puntos extra y un detalle de la cafetería en el mes de tu cumpleaños.',
    },
    memberOffers: {
      title: 'Ofertas exclusivas para socios',
      description: 'Ofertas y precios que solo ven los socios, en la app y por correo electrónico.',
    },
    freeShipping: {
      title: 'Envío estándar gratis',
      description: 'Envío estándar gratis en todos los pedidos en línea, sin compra mínima.',
    },
    freeExpressShipping: {
      title: 'Envío exprés gratis',
      description: 'Envío exprés gratis en todos los pedidos en línea, sin compra mínima.',
    },
    earlyAccess: {
      title: 'Acceso anticipado',
      description: 'Compra las colecciones de temporada y las rebajas 48 horas antes que nadie.',
    },
    privateEvents: {
      title: 'Eventos privados',
      description: 'Invitaciones a catas, talleres y veladas de compras fuera de horario.',
    },
    concierge: {
      title: 'Asistente personal',
      description:
        'Una persona de nuestro equipo a tu disposición para regalos, pedidos especiales y todo lo demás.',
    },
    monthlyTreat: {
      title: 'Un detalle mensual en la cafetería',
      description: 'Una bebida o un dulce gratis en la cafetería cada mes, invitamos nosotros.',
    },
  },

  rewards: {
    'extra-shot': {
      name: 'Chupito de espresso extra gratis',
      summary: 'Añade un chupito extra de espresso a cualquier bebida.',
      description:
        'Un segundo (o tercer) chupito de nuestro espresso de la casa en cualquier bebida caliente o con hielo, invitamos nosotros.',
      terms: `Válido en una bebida. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-pastry': {
      name: 'Bollería gratis',
      summary: 'Cualquier pieza de bollería del mostrador de la cafetería.',
      description:
        'Cruasán, nudo de canela, tarta de temporada: elige cualquier pieza horneada esa mañana en nuestra cocina.',
      terms: `Hasta agotar la hornada del día. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: 'Un cruasán de mantequilla hojaldrado en un platito de cerámica',
    },
    'coffee-3-off': {
      name: '3 US$ de descuento en cualquier café',
      summary: '3 US$ de descuento en cualquier bebida de café en nuestras cafeterías.',
      description:
        'Descuenta 3 US$ de cualquier bebida de café, desde un café de filtro hasta un latte grande con bebida de avena.',
      terms: `No válido en bolsas de café en grano. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
    },
    'free-coffee': {
      name: 'Café gratis',
      summary: 'Café de filtro o americano de cualquier tamaño.',
      description:
        'Un café de filtro o un americano del tamaño que quieras, preparado con el tueste de la casa de este mes.',
      terms: `Las alternativas a la leche y los siropes se cobran aparte. ${STORE_TERMS}`,
      howToUse: CAFE_HOW_TO,
      imageAlt: 'Una taza de café solo humeante en una taza de Harbor & Pine',
    },
    'free-latte': {
      name: 'Latte gratis',
      summary: 'Un latte de cualquier tamaño, caliente o con hielo.',
      description:
        'Un latte del tamaño que quieras con la leche que prefieras, caliente o con hielo, y un sirope si te apetece.',
      terms: STORE_TERMS,
      howToUse: CAFE_HOW_TO,
    },
    'five-off': {
      name: '5 US$ de descuento',
      summary: '5 US$ de descuento en compras de 25 US$ o más.',
      description: 'Descuenta 5 US$ de un pedido de 25 US$ o más, en tienda o en línea.',
      terms: `Compra mínima de 25 US$ antes de impuestos. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Un vale regalo impreso con «5 US$ de descuento»',
    },
    'fifteen-percent-off': {
      name: '15 % de descuento en un artículo',
      summary: '15 % de descuento en cualquier artículo a precio completo.',
      description:
        'Elige eso que llevas tiempo mirando: un 15 % menos en un artículo a precio completo, del valor que sea.',
      terms: `Solo artículos a precio completo; no incluye tarjetas regalo. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'ten-off': {
      name: '10 US$ de descuento',
      summary: '10 US$ de descuento en compras de 40 US$ o más.',
      description: 'Descuenta 10 US$ de un pedido de 40 US$ o más, en tienda o en línea.',
      terms: `Compra mínima de 40 US$ antes de impuestos. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'home-weekend-20': {
      name: 'Fin de semana con un 20 % de descuento en hogar',
      summary: '20 % de descuento en todo el departamento de hogar durante un fin de semana.',
      description:
        'Ropa de casa, velas, cerámica y utensilios de cocina: un 20 % menos en todo el departamento de hogar, el fin de semana que elijas.',
      terms: `Válido de viernes a domingo en un pedido. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'twenty-five-off': {
      name: '25 US$ de descuento',
      summary: '25 US$ de descuento en compras de 100 US$ o más.',
      description: 'Descuenta 25 US$ de un pedido de 100 US$ o más, en tienda o en línea.',
      terms: `Compra mínima de 100 US$ antes de impuestos. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'fifty-off': {
      name: '50 US$ de descuento',
      summary: '50 US$ de descuento en compras de 175 US$ o más. Socios Plata y Oro.',
      description: 'Descuenta 50 US$ de un pedido de 175 US$ o más, en tienda o en línea.',
      terms: `Compra mínima de 175 US$ antes de impuestos. Nivel Plata o superior. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'hundred-off': {
      name: '100 US$ de descuento',
      summary: '100 US$ de descuento en compras de 300 US$ o más. Socios Oro.',
      description: 'Descuenta 100 US$ de un pedido de 300 US$ o más, en tienda o en línea.',
      terms: `Compra mínima de 300 US$ antes de impuestos. Solo nivel Oro. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'coffee-beans': {
      name: 'Bolsa de café en grano gratis',
      summary: 'Una bolsa de 340 g de cualquier tueste, en grano o molido.',
      description:
        'Elige cualquiera de nuestros tuestes, del luminoso Harbor Morning al intenso Pine Ridge, en grano o molido para tu cafetera.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Una bolsa de papel kraft con café en grano y la etiqueta de Harbor & Pine',
    },
    'ceramic-mug': {
      name: 'Taza de cerámica gratis',
      summary: 'Nuestra taza de gres de 355 ml esmaltada a mano.',
      description:
        'Torneada y esmaltada por un pequeño taller de cerámica de la costa; no hay dos iguales.',
      terms: `Hasta agotar existencias. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Una taza de gres azul moteada',
    },
    'signature-candle': {
      name: 'Vela de autor gratis',
      summary: 'Nuestra vela de soja de cedro y sal marina, 40 horas de combustión.',
      description:
        'Cera de soja vertida a mano en un tarro ámbar reutilizable, con aroma a cedro, sal marina y un toque ahumado.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'olive-oil': {
      name: 'Aceite de oliva de finca gratis',
      summary: 'Una botella de 500 ml de aceite de oliva virgen extra de una sola finca.',
      description:
        'Prensado en frío en esta cosecha en una única finca familiar; herbáceo, picante y bueno con todo.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'linen-napkins': {
      name: 'Servilletas de lino gratis (juego de 4)',
      summary: 'Cuatro servilletas de lino lavado a la piedra en color avena.',
      description: 'Lino europeo suave, lavado a la piedra, que mejora con cada lavado.',
      terms: `Hasta agotar existencias. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'cast-iron-skillet': {
      name: 'Sartén de hierro fundido gratis',
      summary: 'Una sartén de hierro fundido de 25 cm, ya curada. Socios Oro.',
      description:
        'La sartén que acabarás heredando: ya curada, apta para el horno y lista para el primer huevo.',
      terms: `Solo nivel Oro. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'enamel-pins': {
      name: 'Juego de pines esmaltados',
      summary: 'Tres pines esmaltados: puerto, pino y faro.',
      description:
        'Un juego de tres pines de esmalte duro en una tarjeta, diseñados por nuestra ilustradora.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
    },
    'reusable-cup': {
      name: 'Vaso de viaje reutilizable',
      summary: 'Un vaso térmico de 355 ml; 25 centavos menos en cada recarga.',
      description:
        'Acero de doble pared con tapa antigoteo. Tráelo a cualquiera de nuestras cafeterías y paga 25 centavos menos por cada bebida.',
      terms: STORE_TERMS,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Un vaso de viaje térmico verde bosque con tapa de corcho',
    },
    'holiday-ornament': {
      name: 'Adorno navideño',
      summary: 'El adorno de cristal pintado a mano de este año.',
      description:
        'Un faro de cristal pintado a mano, en una edición limitada solo para esta temporada.',
      terms: `Edición limitada, hasta agotar existencias. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'tote-bag': {
      name: 'Bolsa de lona',
      summary: 'Una bolsa de lona gruesa con asa larga.',
      description:
        'Lona de algodón orgánico de gramaje alto, un bolsillo interior y un asa lo bastante larga para llevarla sobre el abrigo.',
      terms: `Hasta agotar existencias. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Una bolsa de lona natural estampada con un pino',
    },
    'wool-throw': {
      name: 'Manta de lana',
      summary: 'Una manta de lana de cordero a cuadros verde bosque. Socios Plata y Oro.',
      description:
        'Tejida en una fábrica familiar con suave lana de cordero, de 130 por 180 cm: hecha para el sofá y el porche.',
      terms: `Nivel Plata o superior. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
    },
    'picnic-set': {
      name: 'Set de pícnic para dos',
      summary: 'Una cesta de mimbre con platos, vasos y una manta. Socios Oro.',
      description:
        'Todo para una tarde al aire libre: una cesta de mimbre, platos y vasos esmaltados, servilletas de lino y una manta impermeable.',
      terms: `Solo nivel Oro, hasta agotar existencias. ${STORE_TERMS}`,
      howToUse: VOUCHER_HOW_TO,
      imageAlt: 'Una cesta de pícnic de mimbre abierta sobre una manta de cuadros',
    },
    'roastery-tour': {
      name: 'Visita a nuestro tostadero',
      summary: 'Una hora en nuestro tostadero con el maestro tostador, con cata incluida.',
      description:
        'Mira cómo el café verde se convierte en tu café de la mañana, pregunta lo que quieras al tostador y cata tres tuestes uno al lado del otro.',
      terms: 'Sábados por la mañana; reserva con al menos 7 días de antelación. Para una persona.',
      howToUse: 'Canjéala y reserva un sábado con el enlace de tu cupón.',
    },
    'forest-walk': {
      name: 'Paseo guiado por el bosque y desayuno',
      summary: 'Un paseo guiado de dos horas seguido de un desayuno en la cafetería.',
      description:
        'Recorre el pinar de la costa con un naturalista de la zona y entra en calor con un desayuno completo en nuestra cafetería de Harbor Street.',
      terms:
        'Una vez al mes, si el tiempo lo permite; si llueve, se cambia la fecha. Para una persona.',
      howToUse: 'Canjéala y elige una fecha con el enlace de tu cupón.',
    },
    'coffee-cupping': {
      name: 'Taller de cata de café',
      summary: 'Aprende a catar café como un profesional, en 90 minutos.',
      description:
        'Sorbe, puntúa y compara seis cafés de tres continentes con nuestra compradora de café verde.',
      terms: 'Para una persona; dos veces al mes. Reserva con al menos 3 días de antelación.',
      howToUse: 'Canjéala y reserva una sesión con el enlace de tu cupón.',
      imageAlt: 'Filas de tacitas de café sobre una mesa de cata de madera',
    },
    'pottery-evening': {
      name: 'Velada de cerámica',
      summary: 'Tornea tu propia taza en el taller que hace las nuestras.',
      description:
        'Tres horas en el torno con un ceramista; después esmaltamos y cocemos tu taza y te la enviamos.',
      terms: 'Para una persona mayor de 18 años. Reserva con al menos 14 días de antelación.',
      howToUse: 'Canjéala y reserva una velada con el enlace de tu cupón.',
    },
    'cooking-class': {
      name: 'Clase de cocina: sopas de otoño',
      summary: 'Una clase práctica por la tarde con nuestro equipo de cocina.',
      description:
        'Prepara tres sopas de temporada y un pan de soda, y luego sentaos a comerlos juntos.',
      terms:
        'Para una persona. Podemos adaptarnos a necesidades alimentarias con 7 días de antelación.',
      howToUse: 'Canjéala y elige la fecha de la clase con el enlace de tu cupón.',
      imageAlt: 'Unas manos cortando verduras junto a una olla de sopa',
    },
    'knife-skills': {
      name: 'Clase de técnicas de cuchillo',
      summary: 'Dos horas de afilado y corte. Socios Plata y Oro.',
      description:
        'Aprende a afilar, asentar y usar un cuchillo de chef con seguridad y rapidez; llévate a casa una chaira.',
      terms: 'Nivel Plata o superior. Para una persona.',
      howToUse: 'Canjéala y reserva una clase con el enlace de tu cupón.',
    },
    'chefs-table': {
      name: 'Cena privada en la mesa del chef',
      summary: 'Una cena de siete platos para dos en nuestra cocina. Socios Oro.',
      description:
        'Siéntate junto al pase mientras el chef cocina siete platos para ti y un invitado, con vinos o zumos maridados.',
      terms: 'Solo nivel Oro. Para dos personas; reserva con al menos 30 días de antelación.',
      howToUse: 'Canjéala y tu asistente personal te llamará para acordar la fecha.',
    },
    'free-shipping': {
      name: 'Envío gratis',
      summary: 'Envío estándar gratis en un pedido en línea.',
      description: 'Envío estándar a nuestra cuenta en un pedido en línea, sea del tamaño que sea.',
      terms: 'Direcciones de la zona continental de EE. UU. Un pedido. El código no caduca.',
      howToUse: SHIPPING_HOW_TO,
    },
    'express-shipping': {
      name: 'Envío exprés gratis',
      summary: 'Envío gratis en dos días en un pedido en línea.',
      description:
        '¿Lo necesitas antes? Envío exprés en dos días en un pedido en línea, invitamos nosotros.',
      terms:
        'Direcciones de la zona continental de EE. UU. Pide antes de las 13:00 para envío el mismo día.',
      howToUse: SHIPPING_HOW_TO,
    },
    'shipping-month': {
      name: 'Envío gratis durante un mes',
      summary: 'Envío estándar gratis en todos los pedidos en línea durante 30 días.',
      description:
        'Treinta días de envío estándar gratis en todos los pedidos en línea, a partir del día en que la canjees.',
      terms: 'Direcciones de la zona continental de EE. UU.',
      howToUse: 'Canjéala y el envío gratis se aplica automáticamente a tu cuenta durante 30 días.',
    },
    'shipping-year': {
      name: 'Envío gratis durante un año',
      summary: 'Envío exprés gratis en todos los pedidos durante un año. Socios Plata y Oro.',
      description:
        'Un año entero de envío exprés gratis en todos los pedidos en línea, a partir del día en que la canjees.',
      terms: 'Nivel Plata o superior. Direcciones de la zona continental de EE. UU.',
      howToUse:
        'Canjéala y el envío exprés gratis se aplica automáticamente a tu cuenta durante 12 meses.',
    },
  },
  donations: {
    'donate-animal-rescue': { summary: 'Ayuda a alimentar y acoger a perros y gatos rescatados.' },
    'donate-trees': {
      summary: 'Planta árboles autóctonos donde los bosques se han quemado.',
      imageAlt: 'Un pino recién brotado en unas manos ahuecadas',
    },
    'donate-coastal-cleanup': {
      summary: 'Mantén nuestras playas y puertos libres de plástico.',
    },
    'donate-food-bank': {
      summary: 'Llena las estanterías del banco de alimentos de nuestro barrio.',
    },
    'donate-reading': { summary: 'Pon libros en manos de jóvenes lectores.' },
    'donate-arts': {
      summary: 'Financia un curso de arte de verano para un adolescente de la zona.',
    },
  },
  causes: CAUSES,
  donation: {
    name: ({ points, amount, cause }) => `Dona ${points}: damos ${amount} a ${cause}`,
    description: ({ points, amount, cause }) =>
      `Convierte ${points} en un donativo de ${amount} para ${cause}. Cada centavo va a la causa, y publicamos los totales cada trimestre.`,
    terms:
      'Harbor & Pine hace los donativos y no te desgravan. Los puntos donados no se pueden devolver.',
    howToUse:
      'Canjéala y haremos el donativo en tu nombre en un plazo de 30 días. No necesitas cupón.',
  },
  storeTerms: STORE_TERMS,
  voucherHowTo: VOUCHER_HOW_TO,
  shippingHowTo: SHIPPING_HOW_TO,
  generated: {
    discount: ({ amount, department, number }) => ({
      name: `${amount} de descuento en ${DEPARTMENTS[department]} n.º ${number}`,
      summary: `${amount} de descuento en cualquier artículo de ${lower(DEPARTMENTS[department])}.`,
      description: `Descuenta ${amount} de un pedido de ${lower(DEPARTMENTS[department])}, en tienda o en línea.`,
    }),
    freeProduct: ({ finish: finishKey, product, number }) => {
      const { name, gender } = PRODUCTS[product]
      const thing = `${lower(name)} ${finish(finishKey, gender)}`
      return {
        name: `${name} ${finish(finishKey, gender)} gratis n.º ${number}`,
        summary: `${agree(gender, 'Un', 'Una')} ${thing} de nuestras estanterías, invitamos nosotros.`,
        description: `Recoge ${article(gender)} ${thing} en cualquier tienda Harbor & Pine o ${agree(gender, 'añádelo', 'añádela')} a un pedido en línea.`,
      }
    },
    gift: ({ product, number }) => {
      const { name, gender } = PRODUCTS[product]
      return {
        name: `${name} n.º ${number}`,
        summary: `${agree(gender, 'Un', 'Una')} ${lower(name)} ${agree(gender, 'hecho', 'hecha')} para socios.`,
        description: `${agree(gender, 'Un', 'Una')} ${lower(name)} ${agree(gender, 'exclusivo', 'exclusiva')} para socios, en una tirada corta de uno de nuestros artesanos.`,
      }
    },
    experience: ({ topic, format, number }) => {
      const { name, gender } = FORMATS[format]
      return {
        name: `${name} de ${TOPICS[topic]} n.º ${number}`,
        summary: `${agree(gender, 'Un', 'Una')} ${lower(name)} ${agree(gender, 'práctico', 'práctica')} de ${TOPICS[topic]} con nuestro equipo.`,
        description: `Aprende ${TOPICS[topic]} sin prisas, de la mano de quienes lo hacen cada día.`,
      }
    },
    freeShipping: ({ kind, number }) => ({
      name: `Envío ${SHIPPING[kind]} gratis n.º ${number}`,
      summary: `Envío ${SHIPPING[kind]} en un pedido en línea, invitamos nosotros.`,
      description: `Envío ${SHIPPING[kind]} gratis en un pedido en línea, sea del tamaño que sea.`,
    }),
    donation: ({ points, amount, cause, number }) => ({
      name: `Dona ${points} a ${cause} n.º ${number}`,
      summary: `Damos ${amount} a ${cause}.`,
      description: `Convierte ${points} en un donativo de ${amount} para ${cause}.`,
    }),
    experienceTerms: 'Para una persona. Reserva con al menos 7 días de antelación.',
    experienceHowTo: 'Canjéala y reserva una fecha con el enlace de tu cupón.',
  },

  earning: {
    rules: {
      purchase: {
        title: 'Compra con nosotros',
        description: () =>
          'Gana puntos con cada compra, en nuestras tiendas y en línea. Algunos productos dan más, las tarjetas regalo no dan puntos y tu nivel lo multiplica todo.',
      },
      review: {
        title: 'Escribe una reseña de producto',
        description: () =>
          'Cuenta a otros clientes qué te parece algo que compraste. Los puntos se acreditan cuando se aprueba la reseña.',
      },
      newsletter: {
        title: 'Suscríbete al boletín',
        description: () => 'Novedades, catas y ofertas para socios, una vez por semana por correo.',
      },
      referral: {
        title: 'Recomienda a un amigo',
        description: () =>
          'Cuando un amigo al que invitas se une y hace su primera compra, ganáis los dos.',
      },
      app: {
        title: 'Descarga la app',
        description: () =>
          'Conecta la app de Harbor & Pine a tu cuenta y escanea tu tarjeta en caja.',
      },
      event: {
        title: 'Ven a un evento',
        description: () =>
          'Catas y talleres en nuestras tiendas: escanea tu tarjeta en la entrada.',
      },
      instagram: {
        title: 'Síguenos en Instagram',
        description: () => 'Lo que pasa en el tostadero, y los productos nuevos antes que nadie.',
      },
      tiktok: {
        title: 'Síguenos en TikTok',
        description: () => 'Lo que pasa en el tostadero, y los productos nuevos antes que nadie.',
      },
      birthday: {
        title: 'Regalo de cumpleaños',
        description: (points) =>
          `${points} y un detalle de la cafetería, cada año en el mes de tu cumpleaños.`,
      },
    },
    categories: {
      coffee: 'Café en grano y té',
      cafe: 'Bebidas y comida de la cafetería',
      home: 'Hogar y cocina',
      accessories: 'Accesorios',
      gift_cards: 'Tarjetas regalo',
    },
    events: EVENTS,
    birthdayTreat: {
      name: 'Detalle de cumpleaños',
      howToUse:
        'Muestra este código en la barra de la cafetería y te invitamos a una bebida y un dulce, hasta el final del mes de tu cumpleaños.',
    },
  },

  history: {
    onlineOrder: (order) => `Pedido en línea n.º HP-${order}`,
    inStore: (store) => `Compra en tienda, ${STORES[store]}`,
    review: (product) => `Reseña: ${REVIEWED[product]}`,
    newsletter: 'Suscripción al boletín',
    referral: (friend) => `Recomendación: ${friend} se unió e hizo su primera compra`,
    partnerPurchase: (partner) => `Compra en ${partner}`,
    challengeCompleted: (challenge) => `Reto completado: ${challenge}`,
    punchCardFilled: (card) => `Tarjeta de sellos completada: ${card}`,
    birthday: 'Feliz cumpleaños de parte de Harbor & Pine',
    redeemed: (reward) => `Canjeado: ${reward}`,
    donated: (reward) => `Donado: ${reward}`,
    app: 'App conectada',
    social: (network) => `Nos sigues en ${network}`,
    event: (event) => `Evento: ${EVENTS[event]}`,
    partner: (partner) => `Compra en ${partner}`,
    expired: (points, lot) => `Caducaron ${points} de «${lot}»`,
    welcome: (program) => `Bienvenida a ${program}`,
    surveyAnswered: 'Gracias por responder a nuestra pregunta',
    optedIn: (channel) =>
      `Aceptaste recibir ${{ email: 'correos electrónicos', sms: 'mensajes de texto', push: 'notificaciones push' }[channel]}`,
    goodwill: 'Crédito de cortesía: sentimos que tu pedido llegara tarde',
    missingPoints: (order) =>
      `Corrección: puntos que faltaban en el pedido en línea n.º HP-${order}`,
    orderReturned: (order) => `Puntos retirados: se devolvió el pedido en línea n.º HP-${order}`,
  },

  problemTitles: {
    bad_request: 'Solicitud no válida',
    unauthorized: 'Inicia sesión',
    forbidden: 'No permitido',
    not_found: 'No encontrado',
    conflict: 'Conflicto',
    rate_limited: 'Demasiadas solicitudes',
    internal_error: 'Error interno',
    service_unavailable: 'Servicio no disponible',
    insufficient_points: 'No tienes puntos suficientes',
    out_of_stock: 'Agotado',
    tier_required: 'Se necesita un nivel superior',
    limit_reached: 'Límite alcanzado',
    cost_changed: 'El coste ha cambiado',
    already_completed: 'Ya está hecho',
    idempotency_key_reused: 'Clave de idempotencia ya utilizada',
    idempotency_key_in_use: 'Aún se está procesando una solicitud con esta clave de idempotencia',
    invalid_credentials: 'El correo electrónico o la contraseña no son correctos',
    account_locked: 'Esta cuenta está bloqueada',
    email_taken: 'Este correo electrónico ya está registrado',
  },
  problems: {
    rewardNotFound: (id) => ({
      title: 'No se encontró la recompensa',
      detail: `No hay ninguna recompensa con el id «${id}».`,
    }),
    noLongerOffered: ({ reward, until }) => ({
      title: 'Esta recompensa ya no está disponible',
      detail: `«${reward}» se podía canjear hasta el ${until}.`,
    }),
    costChanged: ({ reward, cost, expected }) => ({
      detail: `«${reward}» cuesta ahora ${cost}, no ${expected}.`,
    }),
    tierRequired: ({ reward, required, mine }) => ({
      detail: `«${reward}» es para socios de nivel ${required} o superior; tu nivel es ${mine}.`,
    }),
    limitReached: ({ reward, limit, redeemed }) => ({
      detail: `«${reward}» se puede canjear ${times(limit)} por socio, y ya lo has canjeado ${times(redeemed)}.`,
    }),
    outOfStock: ({ reward }) => ({ detail: `«${reward}» se ha agotado.` }),
    insufficientPoints: ({ reward, cost, available, short }) => ({
      detail: `«${reward}» cuesta ${cost} y tienes ${available}: te faltan ${short}.`,
    }),
    notEnoughAvailable: ({ needed, available }) => ({
      detail: `Se necesitan ${needed}, pero solo hay ${available} disponibles`,
    }),
    keyReused: ({ key, rewardId, cost }) => ({
      detail: `La Idempotency-Key «${key}» se usó para otra solicitud (recompensa ${rewardId} por ${cost}). Usa una clave nueva para una solicitud nueva.`,
    }),
    emailTaken: {
      title: 'Este correo electrónico ya está registrado',
      detail:
        'Ya existe un miembro con este correo electrónico. Inicia sesión o restablece la contraseña si la has olvidado.',
    },
    joinKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para unirse con otros datos. Usa una clave nueva para una solicitud nueva.`,
    }),
    actionNotFound: (id) => ({
      title: 'Acción no encontrada',
      detail: `No hay ninguna acción con el id «${id}».`,
    }),
    alreadyCompleted: ({ date }) => ({
      title: 'Ya está hecho',
      detail: `Lo completaste el ${date} y solo da puntos una vez: ya están en tu saldo.`,
    }),
    actionKeyReused: ({ key, actionId }) => ({
      detail: `La Idempotency-Key «${key}» se usó para otra solicitud (acción ${actionId}). Usa una clave nueva para una solicitud nueva.`,
    }),
    birthdayAlreadySet: {
      title: 'Tu cumpleaños ya está registrado',
      detail:
        'Tu cumpleaños ya consta y solo se puede indicar una vez. Para corregirlo, contacta con atención al socio.',
    },
    noSuchDay: ({ month, day }) => ({
      title: 'No es una fecha',
      detail: `El mes ${month} no tiene día ${day}.`,
    }),
    vipAlready: {
      title: 'Ya eres VIP',
      detail: 'Tu membresía VIP está activa, así que ahora no hay nada que pagar.',
    },
    vipUntil: ({ date }) => ({
      title: 'Eres VIP hasta que termine el periodo pagado',
      detail: `Tu membresía VIP está cancelada y sus ventajas duran hasta el ${date}. Podrás volver a unirte después de ese día.`,
    }),
    vipPending: {
      title: 'Estamos confirmando tu pago VIP',
      detail:
        'El proveedor de pagos aún no ha confirmado tu pago. Tu membresía VIP empieza en cuanto lo haga; no hay nada más que pagar.',
    },
    notVip: {
      title: 'No hay membresía VIP que cancelar',
      detail: 'No eres miembro VIP, así que no hay nada que cancelar.',
    },
    checkoutKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para iniciar otro pago. Usa una clave nueva para una solicitud nueva.`,
    }),
    cancelKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para otra solicitud. Usa una clave nueva para una solicitud nueva.`,
    }),
    birthdayKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para indicar otro cumpleaños. Usa una clave nueva para una solicitud nueva.`,
    }),
    surveyAnswered: ({ date }) => ({
      title: 'Ya respondida',
      detail: `Respondiste a la pregunta de este periodo el ${date}. Gracias: volveremos a preguntar el próximo periodo.`,
    }),
    surveyNotCurrent: ({ surveyId }) => ({
      title: 'No es la pregunta de este periodo',
      detail: `«${surveyId}» no es la pregunta de este periodo.`,
    }),
    surveyNotEligible: {
      title: 'Aún no preguntamos',
      detail: 'Preguntamos a los socios cuando llevan 30 días con nosotros.',
    },
    surveyKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para otra respuesta. Usa una clave nueva para una solicitud nueva.`,
    }),
    preferenceKeyReused: ({ key }) => ({
      detail: `La Idempotency-Key «${key}» se usó para otra preferencia. Usa una clave nueva para una solicitud nueva.`,
    }),
    termsNotAccepted: {
      title: 'Cuerpo no válido',
      detail: 'acceptedTerms: hay que aceptar las condiciones del programa',
    },
    firstNameBlank: {
      title: 'Cuerpo no válido',
      detail: 'firstName: no puede estar en blanco',
    },
    keyInUse: ({ key }) => ({
      detail: `Aún se está procesando una solicitud con la Idempotency-Key «${key}». Vuelve a preguntar en un momento por su resultado.`,
    }),
    keyLength: (max) => ({ detail: `Una Idempotency-Key tiene de 1 a ${max} caracteres.` }),
    keyMissing: {
      title: 'Falta la cabecera Idempotency-Key',
      detail:
        'Envía una cabecera Idempotency-Key única con cada canje, y la misma cuando lo reintentes.',
    },
    keyInvalid: (reason) => ({ title: 'Idempotency-Key no válida', detail: reason }),
    badCursor: {
      title: 'Cursor no válido',
      detail: 'Este servidor no ha entregado ese cursor',
    },
    invalidQuery: (issues) => ({ title: 'Consulta no válida', detail: issues }),
    invalidBody: (issues) => ({ title: 'Cuerpo no válido', detail: issues }),
    bodyNotJson: { title: 'Cuerpo no válido', detail: 'El cuerpo no es JSON.' },
    notACount: ({ what, value }) => ({
      detail: {
        cost: `Un coste debe ser un número entero ≥ 0, no ${value}`,
        stock: `Las existencias deben ser un número entero ≥ 0, no ${value}`,
        earned: `Los puntos ganados deben ser un entero positivo, no ${value}`,
        spent: `Un coste debe ser un número entero de puntos, no ${value}`,
      }[what],
    }),
    postsBeforeEarned: { detail: 'Los puntos no pueden abonarse antes de ganarse' },
    overdrawn: ({ points }) => ({
      detail: `Un cargo gasta ${points} más de los que había disponibles en ese momento`,
    }),
    signedOut: {
      title: 'Inicia sesión',
      detail:
        'No has iniciado sesión o tu sesión ha terminado. Vuelve a iniciar sesión para continuar.',
    },
    sessionEnded: {
      title: 'No autorizado',
      detail: 'La sesión ha terminado. Vuelve a iniciar sesión.',
    },
    invalidCredentials: {
      detail: 'Revisa tu correo electrónico y tu contraseña e inténtalo de nuevo.',
    },
    accountLocked: {
      detail:
        'Por tu seguridad, esta cuenta está bloqueada. Ponte en contacto con atención al socio para desbloquearla.',
    },
    noSuchOperation: ({ method, path }) => ({
      detail: `La API de fidelización no tiene ${method} ${path}.`,
    }),
    internalError: { detail: 'La API de fidelización no pudo responder a esta solicitud.' },
    unavailable: {
      detail:
        'La API de fidelización no está disponible en este momento. Inténtalo de nuevo en breve.',
    },
  },
}

// Every language's words at once, for Node (tests, the standalone API, scripts): there, words
// are written synchronously in any language. The browser loads them per language instead.
import { ar } from './ar'
import { es } from './es'
import { registerWords } from './words'

registerWords('es', es)
registerWords('ar', ar)

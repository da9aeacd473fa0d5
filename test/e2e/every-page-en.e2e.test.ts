import { useBrowser } from './browser'
import { everyPageIn } from './every-page'

useBrowser()

everyPageIn('en')

// Every scenario's builder at once, for Node (tests, the standalone API, scripts): there,
// engines are created synchronously in any scenario. The browser loads them per start instead.
import { registerScenarios } from './build-scenario'
import { moreScenarios } from './more-scenarios'

registerScenarios(moreScenarios)

// The product's button styles (src/ui/button.tsx), which mocks/ may not import.
export const BUTTON =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-4 text-sm font-semibold transition-colors'
export const SECONDARY = `${BUTTON} border border-line bg-surface text-ink hover:bg-surface-muted`

/** The "Designer" button, at the start of the bottom edge (above the tab bar on phones). */
export const DESIGNER_TOGGLE = `${SECONDARY} fixed bottom-[calc(5rem+env(safe-area-inset-bottom))] left-3 z-40 shadow-md lg:bottom-3`

/** Its icon (sliders), as markup: the button is drawn before React is there. */
export const TOOL_ICON_PATH =
  'M4 21v-7M4 10V3M12 21v-9M12 8V3M20 21v-5M20 12V3M1 14h6M9 8h6M17 16h6'

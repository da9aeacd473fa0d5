/**
 * Leaving the portal for the payment provider's checkout: a full-page navigation, so the
 * provider's page is the only one the member's card details are typed into. An object, so a
 * test can watch where the member would be sent.
 */
export const handOff = {
  go(url: string) {
    window.location.assign(url)
  },
}

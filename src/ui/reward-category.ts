import type { RewardCategory } from '@/api/schemas/reward'

export const categoryLabels: Record<RewardCategory, string> = {
  discount: 'Discount',
  free_product: 'Free product',
  gift: 'Gift',
  experience: 'Experience',
  free_shipping: 'Free shipping',
  donation: 'Donation',
}

import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { signOut } from '@/api/endpoints/session'
import { clearMemberStorage } from '@/lib/member-storage'

/**
 * Ends the session, then forgets everything about the member in this browser (query cache,
 * dismissed nudges, unfinished redemptions) so the next person on it sees nothing of theirs.
 * The local data goes even if the server can't be reached.
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      queryClient.clear()
      clearMemberStorage()
      await navigate('/sign-in', { replace: true })
    },
  })
}

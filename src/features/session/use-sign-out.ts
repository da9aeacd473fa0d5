import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { signOut } from '@/api/endpoints/sign-out'
import { isUnauthorized } from '@/api/errors'
import { clearMemberStorage } from '@/lib/member-storage'
import { setSignOutPending } from './pending-sign-out'

/**
 * Ends the session, then forgets everything about the member in this browser (query cache,
 * dismissed nudges, unfinished redemptions) so the next person on it sees nothing of theirs.
 * The local data goes even if the server can't be reached; the session is then ended the next
 * time the portal can reach it, before any member page opens (see pending-sign-out.ts).
 */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useMutation({
    mutationFn: signOut,
    onSettled: async (_data, error) => {
      queryClient.clear()
      clearMemberStorage()
      // A 401 means the session had already ended; anything else may have left it alive.
      if (error && !isUnauthorized(error)) setSignOutPending(true)
      await navigate('/sign-in', { replace: true })
    },
  })
}

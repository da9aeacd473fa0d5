import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { AttemptStore, CommandAttempt } from './command-attempts'
import { failureOf } from './command-outcome'
import { commandMutation, type IdempotentCommand } from './idempotent-command'

/**
 * The member's unsettled attempt at a slot, kept current when this tab or another one starts
 * or settles an attempt: while there is one, no new confirm is offered for it.
 */
export function useUnsettledAttempt<Data>(
  attempts: AttemptStore<Data>,
  memberId: string,
  slot: string,
): CommandAttempt<Data> | null {
  const stored = useSyncExternalStore(attempts.subscribe, attempts.snapshot(memberId, slot))
  return useMemo(
    () => (stored === null ? null : attempts.find(memberId, slot)),
    [attempts, stored, memberId, slot],
  )
}

type Options<Data> = {
  /** What the command acts on: its slot (a reward, an action). */
  slot: string
  /**
   * While true (a dialog open, a page shown), `resume` is re-sent as soon as it is given, and
   * an attempt at the slot that another tab starts is followed to its outcome.
   */
  active: boolean
  /** An earlier attempt to resume: re-sent with its key. */
  resume?: CommandAttempt<Data> | null
}

/**
 * One idempotent command at one slot, as a page drives it: confirm (once across tabs, with
 * the attempt the click belongs to), pending, then the result, a refusal, or an unknown outcome
 * to check again with the same key. See idempotent-command.ts.
 */
export function useCommand<Data extends object, Result, Code extends string>(
  command: IdempotentCommand<Data, Result, Code>,
  memberId: string,
  { slot, active, resume }: Options<Data>,
) {
  const mutation = useMutation(commandMutation(command, memberId, useQueryClient()))
  const unsettled = useUnsettledAttempt(command.attempts, memberId, slot)
  const [attempt, setAttempt] = useState<CommandAttempt<Data> | null>(null)
  // From the confirm until its attempt has an answer, waiting on another tab included.
  const [busy, setBusy] = useState(false)
  const sending = useRef(false)

  /** Confirms `data`, or re-checks `again`: one attempt, one key, in every tab. */
  const confirm = (data: Data, again?: CommandAttempt<Data>) => {
    if (sending.current) return
    sending.current = true
    setBusy(true)
    void command.attempts
      .confirm(
        memberId,
        data,
        (next) => {
          setAttempt(next)
          return mutation.mutateAsync(next).catch(() => undefined)
        },
        again,
      )
      .finally(() => {
        sending.current = false
        setBusy(false)
      })
  }

  // Resuming an unfinished attempt: re-send it with its key as soon as it is asked for.
  const resuming = active ? resume : null
  useEffect(() => {
    if (resuming) confirm(resuming, resuming)
    // Only when a resume is asked for; `confirm` guards against a second send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resuming])

  // An attempt at this slot started elsewhere (another tab) meanwhile: wait for it and show
  // its outcome (its key again, never a new one) instead of a confirm.
  const follow = active && !attempt && !busy && mutation.isIdle ? unsettled : null
  useEffect(() => {
    if (follow) confirm(follow, follow)
    // Only when there is a new attempt to follow; `confirm` guards against a second send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [follow?.key])

  const failure = mutation.isError ? failureOf(mutation.error, command.refusalCodes) : null
  return {
    mutation,
    /** The attempt this page sent last (null before a confirm, and after reset). */
    attempt,
    /** The member's unsettled attempt at the slot, from any tab. */
    unsettled,
    confirm,
    /** Checks the last attempt again with its key. */
    check: () => {
      if (attempt) confirm(attempt, attempt)
    },
    /** Back to the start (a dialog closing); an unsettled attempt stays stored. */
    reset: () => {
      mutation.reset()
      setAttempt(null)
    },
    /** Sending, waiting on another tab, or following one: no confirm may be offered. */
    pending: busy || mutation.isPending || follow !== null,
    /** Sending now (a dialog stays open). */
    locked: busy || mutation.isPending,
    /** An answer left it unknown and it is being checked again. */
    checking: mutation.failureCount > 0,
    result: mutation.isSuccess ? mutation.data : undefined,
    failure,
    /**
     * The last attempt may have gone through: it failed without a definite refusal. It is kept
     * and checked again with its key (`check`), never offered afresh.
     */
    unknown: failure !== null && failure.kind !== 'refused' && attempt !== null,
  }
}

import * as z from 'zod/mini'

/** Body of POST /session. The API answers with the Member and sets an HttpOnly session cookie. */
export const SignInRequest = z.object({
  email: z.string().check(z.minLength(3), z.maxLength(320)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
})
export type SignInRequest = z.infer<typeof SignInRequest>

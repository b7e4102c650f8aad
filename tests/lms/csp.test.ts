import { describe, expect, it } from 'vitest'
import { connectingTo, CSP_META, lrsOrigins } from '../../src/csp'

describe('the policy names the LRS it may send to, and nothing else', () => {
  it('adds the origins of TAMIS_LRS_ORIGINS to connect-src only', () => {
    const origins = lrsOrigins('https://lrs.example.org, http://127.0.0.1:8080/')
    expect(origins).toEqual(['https://lrs.example.org', 'http://127.0.0.1:8080'])
    const policy = connectingTo(CSP_META, origins)
    expect(policy).toContain("connect-src 'self' https://lrs.example.org http://127.0.0.1:8080;")
    expect(policy.replace(' https://lrs.example.org http://127.0.0.1:8080', '')).toBe(CSP_META)
    expect(connectingTo(CSP_META, lrsOrigins(undefined))).toBe(CSP_META)
  })

  it('refuses anything that is not an origin, so the variable cannot loosen the policy', () => {
    for (const bad of ["'unsafe-eval'", '*', 'https:', 'https://lrs.example.org/xapi', 'javascript:alert(1)'])
      expect(() => lrsOrigins(bad)).toThrow(/is not an origin/)
  })
})

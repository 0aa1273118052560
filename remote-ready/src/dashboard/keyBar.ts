// Between the account's wire types (contracts) and the key bar element's own types. The elements
// ship as a standalone package that does not depend on contracts, so they name these things
// themselves; this module is the one place the two meet.
import type { ApiKeySummary, Billing } from '@scenra/contracts';
import type { BillingChoice, KeyBarStatus } from '../elements/index.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/**
 * The bar's billing choice and the contracts' `Billing` are one set of values, passed both ways
 * without mapping (the bar's `billing`, its `scenra-billing-change` event): a compile error here
 * when either gains or loses one.
 */
export type BillingChoiceIsBilling = Assert<Same<BillingChoice, Billing>>;

/**
 * What the bar says about the key it shows: `checking` while the provider is being asked, else
 * the stored key's status, or `none` without a key.
 */
export function keyBarStatus(key: ApiKeySummary | undefined, checking: boolean): KeyBarStatus {
  if (checking) return 'checking';
  return key?.status ?? 'none';
}

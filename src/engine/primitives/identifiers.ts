/** A taxpayer identification number, as the register writes it. */
export type Tin = string

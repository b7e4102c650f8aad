import type { Catalogue } from '../languages'

export default {} satisfies Catalogue

import type { ExpressionBuilder } from 'kysely'

import type { Database } from '@/db/types'
import { AppError } from '@/lib/errors'

// An activiteit that a meetmoment has rated is part of that record: it is
// neither deleted nor reworded, so a vastgelegde score keeps its meaning.
export function isActiviteitInGebruik(
  eb: ExpressionBuilder<Database, 'activiteiten'>,
) {
  return eb
    .exists(
      eb
        .selectFrom('meetmoment_scores')
        .select('meetmoment_scores.id')
        .whereRef('meetmoment_scores.activiteit_id', '=', 'activiteiten.id'),
    )
    .$castTo<boolean>()
}

export function activiteitInGebruikError() {
  return new AppError(
    'CONFLICT',
    'Deze activiteit is al beoordeeld in een meetmoment en blijft daarom ' +
      'zoals hij is.',
  )
}

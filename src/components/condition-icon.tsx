import { CONDITION_ICONS, conditionDefinition, type ConditionKey } from '../domain/conditions';

/** The condition's glyph on its colour. Decorative: the word always stands beside it. */
export function ConditionIcon({
  conditionKey,
  size = 20,
}: {
  conditionKey: ConditionKey;
  size?: number;
}) {
  const definition = conditionDefinition(conditionKey);
  return (
    <svg
      className="condition-icon"
      width={size}
      height={size}
      viewBox="-4 -4 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="15" fill={definition.color} />
      <path
        d={CONDITION_ICONS[definition.icon]}
        fill="none"
        stroke="#fff"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

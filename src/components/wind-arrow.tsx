import { windArrowRotation } from '../domain/wind';

interface WindArrowProps {
  /** Meteorological direction: where the wind comes from (0 = from the north). */
  readonly direction: number;
  readonly size?: number;
  /** Read by screen readers; leave out when the words beside it already say it. */
  readonly label?: string;
}

/** An arrow pointing where the wind blows to: the reported "from" direction turned 180°. */
export function WindArrow({ direction, size = 20, label }: WindArrowProps) {
  return (
    <svg
      className="wind-arrow"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-rotation={windArrowRotation(direction)}
    >
      <g transform={`rotate(${windArrowRotation(direction)} 12 12)`}>
        <path
          d="M12 21V4M6 10l6-6 6 6"
          fill="none"
          stroke="currentColor"
          strokeWidth={2.4}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </g>
    </svg>
  );
}

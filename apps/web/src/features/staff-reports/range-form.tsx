import type { ReportRangeQuery } from '@promata/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { rangeProblem, type RangeProblem } from './report-range';

/** From and to dates; the reports change only on submit, and a range the API would refuse is said here. */
export function RangeForm({
  range,
  onSubmit,
}: {
  range: ReportRangeQuery;
  onSubmit: (range: ReportRangeQuery) => void;
}) {
  const { t } = useConsoleTranslation();
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problem, setProblem] = useState<RangeProblem | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = rangeProblem(from, to);
    setProblem(found);
    if (!found) onSubmit({ from, to });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="report-range">
      <fieldset className="report-range">
        <legend className="visually-hidden">{t('reports.range.legend')}</legend>
        <div className="field">
          <label htmlFor={fromId}>{t('reports.range.from')}</label>
          <input
            id={fromId}
            name="from"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={problem ? errorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={toId}>{t('reports.range.to')}</label>
          <input
            id={toId}
            name="to"
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={problem ? errorId : undefined}
          />
        </div>
        <button type="submit" className="button">
          {t('reports.range.submit')}
        </button>
      </fieldset>
      {problem && (
        <p id={errorId} role="alert" className="field__error">
          {t(`reports.range.${problem}`)}
        </p>
      )}
    </form>
  );
}

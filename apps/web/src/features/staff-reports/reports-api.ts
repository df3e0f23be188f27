import {
  demographicsReportSchema,
  occupancyReportSchema,
  revenueReportSchema,
  visitorsReportSchema,
  type DemographicsReport,
  type OccupancyReport,
  type ReportRangeQuery,
  type RevenueReport,
  type VisitorsReport,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestBlob, requestJson, type FileResponse } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

export const reportsQueryKey = [...privateQueryKey, 'staff-reports'] as const;

export const reportKinds = ['occupancy', 'visitors', 'demographics', 'revenue'] as const;
export type ReportKind = (typeof reportKinds)[number];

export type ReportOf = {
  occupancy: OccupancyReport;
  visitors: VisitorsReport;
  demographics: DemographicsReport;
  revenue: RevenueReport;
};

const schemas: { [Kind in ReportKind]: z.ZodType<ReportOf[Kind]> } = {
  occupancy: occupancyReportSchema,
  visitors: visitorsReportSchema,
  demographics: demographicsReportSchema,
  revenue: revenueReportSchema,
};

const rangeParams = ({ from, to }: ReportRangeQuery) => new URLSearchParams({ from, to }).toString();

export function fetchReport<Kind extends ReportKind>(
  session: SessionStore,
  kind: Kind,
  range: ReportRangeQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ReportOf[Kind]> {
  return session.authorized((accessToken) =>
    requestJson(`/api/v1/reports/${kind}?${rangeParams(range)}`, schemas[kind], {
      accessToken,
      ...(signal ? { signal } : {}),
    }),
  );
}

/** The bookings export as bytes (it needs the bearer token, which a plain link cannot send). */
export function fetchBookingsCsv(session: SessionStore, range: ReportRangeQuery): Promise<FileResponse> {
  return session.authorized((accessToken) =>
    requestBlob(`/api/v1/reports/bookings.csv?${rangeParams(range)}`, { accessToken }),
  );
}

import type { EpochMs } from '../domain';
import { dateTimeTimeZone, toEpoch, type DateTimeTimeZone } from './zonedTime';

/**
 * The IANA names Microsoft Graph documents for dateTimeTimeZone besides
 * Windows' own zone names (learn.microsoft.com, "dateTimeTimeZone resource
 * type", v1.0). Names the docs write with an alternative in brackets
 * (Kyiv, Tashkent, Almaty, Yangon) are left out: which spelling Graph takes
 * is unclear, and UTC always works.
 */
export const GRAPH_IANA_ZONES: ReadonlySet<string> = new Set([
  'Etc/GMT+12',
  'Etc/GMT+11',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Santa_Isabel',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Chihuahua',
  'America/Denver',
  'America/Guatemala',
  'America/Chicago',
  'America/Mexico_City',
  'America/Regina',
  'America/Bogota',
  'America/New_York',
  'America/Indiana/Indianapolis',
  'America/Caracas',
  'America/Asuncion',
  'America/Halifax',
  'America/Cuiaba',
  'America/La_Paz',
  'America/Santiago',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Cayenne',
  'America/Godthab',
  'America/Montevideo',
  'America/Bahia',
  'Etc/GMT+2',
  'Atlantic/Azores',
  'Atlantic/Cape_Verde',
  'Africa/Casablanca',
  'Etc/GMT',
  'Europe/London',
  'Atlantic/Reykjavik',
  'Europe/Berlin',
  'Europe/Budapest',
  'Europe/Paris',
  'Europe/Warsaw',
  'Africa/Lagos',
  'Africa/Windhoek',
  'Europe/Bucharest',
  'Asia/Beirut',
  'Africa/Cairo',
  'Asia/Damascus',
  'Africa/Johannesburg',
  'Europe/Istanbul',
  'Asia/Jerusalem',
  'Asia/Amman',
  'Asia/Baghdad',
  'Europe/Kaliningrad',
  'Asia/Riyadh',
  'Africa/Nairobi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Baku',
  'Europe/Moscow',
  'Indian/Mauritius',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Colombo',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Yekaterinburg',
  'Asia/Bangkok',
  'Asia/Novosibirsk',
  'Asia/Shanghai',
  'Asia/Krasnoyarsk',
  'Asia/Singapore',
  'Australia/Perth',
  'Asia/Taipei',
  'Asia/Ulaanbaatar',
  'Asia/Irkutsk',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Pacific/Port_Moresby',
  'Australia/Hobart',
  'Asia/Yakutsk',
  'Pacific/Guadalcanal',
  'Asia/Vladivostok',
  'Pacific/Auckland',
  'Etc/GMT-12',
  'Pacific/Fiji',
  'Asia/Magadan',
  'Pacific/Tongatapu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
]);

/** The zone to write times in for Graph: the coach's own when Graph knows it by that name, else UTC. */
export function graphZone(timeZone: string): string {
  return GRAPH_IANA_ZONES.has(timeZone) ? timeZone : 'UTC';
}

/**
 * An instant for Graph, in the coach's zone when Graph takes its name (the
 * instant is the same either way). In UTC when the zone's clock shows that
 * time twice (the hour clocks fall back): a wall-clock time there could
 * name either instant.
 */
export function graphTime(at: EpochMs, timeZone: string): DateTimeTimeZone {
  const time = dateTimeTimeZone(at, graphZone(timeZone));
  return toEpoch(time) === Math.floor(at / 1000) * 1000 ? time : dateTimeTimeZone(at, 'UTC');
}

/** A wall-clock time read in the coach's zone, re-expressed for Graph. */
export function graphWallClock(dateTime: string, timeZone: string): DateTimeTimeZone {
  const zone = graphZone(timeZone);
  if (zone === timeZone) return { dateTime, timeZone };
  const at = toEpoch({ dateTime, timeZone });
  return at === null ? { dateTime, timeZone } : dateTimeTimeZone(at, zone);
}

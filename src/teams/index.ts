export { createUrlMeetingHost, parseMeetingQuery, parseThemeMessage, MeetingAddressError } from './urlMeetingHost';

/**
 * Every PNS has the right to at least 20 lesson hours (JP) of competency development a year
 * (PP 11/2017 art. 203(4) as amended by PP 17/2020); the API's shortfall list counts against it too.
 */
export const requiredJP = 20;

package chronolens.model;

/** The four TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }

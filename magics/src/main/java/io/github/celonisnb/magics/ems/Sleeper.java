package io.github.celonisnb.magics.ems;

import java.time.Duration;

/** Waits between retries; replaced in tests so that they do not wait. */
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}

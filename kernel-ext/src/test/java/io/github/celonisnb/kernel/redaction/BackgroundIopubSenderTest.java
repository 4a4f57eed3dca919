package io.github.celonisnb.kernel.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;

class BackgroundIopubSenderTest {

    private static Message<PublishStream> stream(String text) {
        return new Message<>(new Header<>(MessageType.PUBLISH_STREAM),
                new PublishStream(PublishStream.StreamType.OUT, text));
    }

    private static String textOf(Message<?> message) {
        return ((PublishStream) message.getContent()).getText();
    }

    @Test
    void sendsEveryMessageInTheOrderItWasHandedOver() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> sent.add(textOf(m)))) {
            for (int i = 0; i < 1000; i++) {
                sender.send(stream("line " + i));
            }
            sender.awaitSent();
            assertEquals(1000, sent.size());
            for (int i = 0; i < 1000; i++) {
                assertEquals("line " + i, sent.get(i));
            }
        }
    }

    @Test
    void awaitSentReturnsOnlyOnceEarlierMessagesAreOnTheSocket() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> {
            awaitQuietly(release);
            sent.add(textOf(m));
        })) {
            sender.send(stream("first"));
            AtomicBoolean returned = new AtomicBoolean();
            Thread waiter = new Thread(() -> {
                sender.awaitSent();
                returned.set(true);
            });
            waiter.start();
            waiter.join(200);
            assertEquals(false, returned.get(), "awaitSent returned while a message was still waiting");
            release.countDown();
            waiter.join(5000);
            assertTrue(returned.get());
            assertEquals(List.of("first"), sent);
        }
    }

    @Test
    void aMessageThatCannotBeSentDoesNotStopTheOnesAfterIt() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> {
            if (textOf(m).equals("broken")) {
                throw new IllegalStateException("socket closing");
            }
            sent.add(textOf(m));
        })) {
            sender.send(stream("before"));
            sender.send(stream("broken"));
            sender.send(stream("after"));
            sender.awaitSent();
            assertEquals(List.of("before", "after"), sent);
        }
    }

    @Test
    void closeSendsWhatIsStillWaitingAndLaterMessagesGoOutDirectly() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        BackgroundIopubSender sender = new BackgroundIopubSender(m -> sent.add(textOf(m)));
        for (int i = 0; i < 20; i++) {
            sender.send(stream("queued " + i));
        }
        sender.close();
        assertEquals(20, sent.size());
        sender.send(stream("after close"));
        assertEquals("after close", sent.get(20));
        sender.close();
    }

    @Test
    void aFastProducerWaitsForTheSocketInsteadOfQueueingWithoutBound() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> awaitQuietly(release))) {
            CountDownLatch handedOver = new CountDownLatch(100);
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    sender.send(stream("x"));
                    handedOver.countDown();
                }
            });
            producer.start();
            assertEquals(false, handedOver.await(300, TimeUnit.MILLISECONDS), "100 messages queued without waiting");
            assertTrue(handedOver.getCount() > 80, "more than a short queue was taken: " + (100 - handedOver.getCount()));
            release.countDown();
            assertTrue(handedOver.await(5, TimeUnit.SECONDS));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

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

    private static Message<PublishStream> stream(String text, Header<?> parent, PublishStream.StreamType type) {
        return new Message<>(List.of(), new Header<>(MessageType.PUBLISH_STREAM), parent, null,
                new PublishStream(type, text), null);
    }

    private static String textOf(Message<?> message) {
        return ((PublishStream) message.getContent()).getText();
    }

    @Test
    void sendsEveryMessageInTheOrderItWasHandedOver() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> sent.add(textOf(m)))) {
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                sender.send(stream("line " + i + "\n"));
                expected.append("line ").append(i).append('\n');
            }
            sender.awaitSent();
            assertEquals(expected.toString(), String.join("", sent));
        }
    }

    @Test
    void streamMessagesThatFollowEachOtherAreSentAsOneButOnlyForTheSameStreamAndRequest() {
        CountDownLatch release = new CountDownLatch(1);
        List<Message<?>> sent = Collections.synchronizedList(new ArrayList<>());
        Header<?> cellA = new Header<>(MessageType.EXECUTE_REQUEST);
        Header<?> cellB = new Header<>(MessageType.EXECUTE_REQUEST);
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> {
            awaitQuietly(release);
            sent.add(m);
        })) {
            // Held on the socket until everything below is queued, so what is merged does not depend on timing.
            sender.send(stream("gate ", cellA, PublishStream.StreamType.ERR));
            sender.send(stream("a1 ", cellA, PublishStream.StreamType.OUT));
            sender.send(stream("a2 ", cellA, PublishStream.StreamType.OUT));
            sender.send(stream("a3 ", cellA, PublishStream.StreamType.OUT));
            sender.send(stream("e1 ", cellA, PublishStream.StreamType.ERR));
            sender.send(stream("b1 ", cellB, PublishStream.StreamType.OUT));
            release.countDown();
            sender.awaitSent();
            assertEquals(List.of("gate ", "a1 a2 a3 ", "e1 ", "b1 "), sent.stream().map(BackgroundIopubSenderTest::textOf).toList());
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
            boolean returnedEarly = returned.get();
            // Released before asserting, so that a failure cannot leave the sender blocked and the test hanging.
            release.countDown();
            assertEquals(false, returnedEarly, "awaitSent returned while a message was still waiting");
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
            // Alternating streams, so that the three are not merged into one message.
            sender.send(stream("before", null, PublishStream.StreamType.OUT));
            sender.send(stream("broken", null, PublishStream.StreamType.ERR));
            sender.send(stream("after", null, PublishStream.StreamType.OUT));
            sender.awaitSent();
            assertEquals(List.of("before", "after"), sent);
        }
    }

    @Test
    void closeSendsWhatIsStillWaitingAndLaterMessagesGoOutDirectly() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        BackgroundIopubSender sender = new BackgroundIopubSender(m -> sent.add(textOf(m)));
        for (int i = 0; i < 20; i++) {
            sender.send(stream(i + ","));
        }
        sender.close();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            expected.append(i).append(',');
        }
        assertEquals(expected.toString(), String.join("", sent));
        int before = sent.size();
        sender.send(stream("after close"));
        assertEquals("after close", sent.get(before));
        sender.close();
    }

    @Test
    void aFastProducerWaitsForTheSocketInsteadOfQueueingWithoutBound() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (BackgroundIopubSender sender = new BackgroundIopubSender(m -> awaitQuietly(release))) {
            CountDownLatch handedOver = new CountDownLatch(100);
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    sender.send(stream("x", null, i % 2 == 0 ? PublishStream.StreamType.OUT : PublishStream.StreamType.ERR));
                    handedOver.countDown();
                }
            });
            producer.start();
            boolean allQueued = handedOver.await(300, TimeUnit.MILLISECONDS);
            long taken = 100 - handedOver.getCount();
            release.countDown();
            assertEquals(false, allQueued, "100 messages queued without waiting");
            assertTrue(taken < 20, "more than a short queue was taken: " + taken);
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

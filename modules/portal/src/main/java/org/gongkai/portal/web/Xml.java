package org.gongkai.portal.web;

import java.io.StringWriter;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document (feeds, sitemaps) with a StAX writer, which escapes text and
 * attributes; characters XML 1.0 cannot carry at all (control characters pasted from
 * office documents) are dropped first.
 */
final class Xml implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x{9}\\x{A}\\x{D}\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter writer;

	Xml() {
		try {
			this.writer = FACTORY.createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Opens the root element in its namespace. */
	Xml root(String name, String namespace) {
		return act(() -> {
			writer.setDefaultNamespace(namespace);
			writer.writeStartElement(namespace, name);
			writer.writeDefaultNamespace(namespace);
		});
	}

	Xml start(String name) {
		return act(() -> writer.writeStartElement(name));
	}

	Xml attribute(String name, String value) {
		return act(() -> writer.writeAttribute(name, clean(value)));
	}

	/** {@code xml:lang} on the element just opened. */
	Xml language(String languageTag) {
		return act(() -> writer.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", languageTag));
	}

	Xml end() {
		return act(writer::writeEndElement);
	}

	/** An element holding only text. */
	Xml element(String name, String text) {
		return act(() -> {
			writer.writeStartElement(name);
			writer.writeCharacters(clean(text));
			writer.writeEndElement();
		});
	}

	/** An empty element with attributes, given as name, value, name, value… */
	Xml empty(String name, String... attributes) {
		return act(() -> {
			writer.writeEmptyElement(name);
			for (int i = 0; i + 1 < attributes.length; i += 2) {
				writer.writeAttribute(attributes[i], clean(attributes[i + 1]));
			}
		});
	}

	/** The document, every element closed. */
	String finish() {
		act(() -> {
			writer.writeEndDocument();
			writer.flush();
		});
		return out.toString();
	}

	@Override
	public void close() {
		act(writer::close);
	}

	static String clean(String text) {
		return NOT_XML.matcher(text).replaceAll("");
	}

	private Xml act(Step step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface Step {

		void run() throws XMLStreamException;

	}

}

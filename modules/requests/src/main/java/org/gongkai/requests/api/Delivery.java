package org.gongkai.requests.api;

/** 获取信息的方式: by post, by e-mail, collected in person, or online. */
public enum Delivery {

	POST, EMAIL, PICKUP, ONLINE

}
